import { timelineEvent } from './timeline-event.js';
import type { WorkingCalendar } from '../calendar/index.js';
import { dayNumberAtMs, formatLocalDate, MS_PER_DAY } from '../calendar/local-day.js';
import type { Clock } from '../common/clock.js';
import type { Engine } from '../engine/engine.js';
import type { Mutation } from '../store/mutations.js';
import type { CaseEventRecord, CaseRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { firstReminderAfter } from '../calendar/sla-clock.js';
import type { MechanismCatalog } from './mechanism-catalog.js';

/** A change of the working days some cases count with. */
export interface CalendarChange {
  /** Jurisdictions whose open cases count with the changed days (null: every one). */
  jurisdictions: string[] | null;
  /** Day numbers whose working status may have changed; a case whose window holds none is skipped. */
  changedDays: ReadonlySet<number>;
  /** The case's calendar as it was and as it is now. */
  calendars(kase: CaseRecord): Promise<{ before: WorkingCalendar; after: WorkingCalendar }>;
  /** The timeline's why, e.g. 国务院办公厅2027年节假日安排录入. */
  reason: string;
}

export interface DeadlineFollowDeps {
  store: Pick<Store, 'cases' | 'definitions' | 'events' | 'tasks'>;
  engine: Engine;
  clock: Clock;
  catalog: MechanismCatalog;
}

const pageSize = 200;
const endOf = (iso: string) => new Date(new Date(iso).getTime() - 1);

/**
 * Open cases follow a changed calendar, like an approved 延期: the working days from the SLA clock's
 * start to the deadline are counted again with the new calendar (the same number of working days,
 * so a day that became a holiday pushes the deadline out and a make-up workday pulls it in); the
 * open tasks' due dates, the 预警 instant still ahead and the first 催办 move with it, and one
 * timeline entry says why. Closed and refused cases keep theirs: on time was judged against the
 * calendar in force. Returns how many cases changed.
 */
export class DeadlineFollow {
  constructor(private readonly deps: DeadlineFollowDeps) {}

  async follow(change: CalendarChange): Promise<number> {
    if (change.changedDays.size === 0) return 0;
    const jurisdictions = change.jurisdictions ?? (await this.deps.store.definitions.jurisdictions());
    // Only cases received by the last changed day and due at most a month before the first one can
    // hold a changed day in their window (its first 催办 follows the deadline by days, not weeks).
    const days = [...change.changedDays];
    const range = {
      deadlineFrom: new Date((Math.min(...days) - 31) * MS_PER_DAY).toISOString(),
      to: new Date((Math.max(...days) + 2) * MS_PER_DAY).toISOString(),
    };
    let changed = 0;
    for (const jurisdiction of jurisdictions) {
      const open: CaseRecord[] = [];
      for (let offset = 0; ; offset += pageSize) {
        const page = await this.deps.store.cases.list({
          jurisdiction,
          status: 'open',
          ...range,
          limit: pageSize,
          offset,
        });
        open.push(...page.items);
        if (page.items.length < pageSize) break;
      }
      for (const kase of open) if (kase.deadlineAt && (await this.#followCase(kase, change))) changed++;
    }
    return changed;
  }

  async #followCase(kase: CaseRecord, change: CalendarChange): Promise<boolean> {
    const oldDeadline = kase.deadlineAt as string;
    const { before, after } = await change.calendars(kase);
    const timeline = await this.deps.store.events.listForCase(kase.id);
    const start = clockStart(kase, timeline);
    const oldReminder = firstReminderAfter(before, new Date(oldDeadline));
    const dayOf = (ms: number) => dayNumberAtMs(ms, after.utcOffsetMinutes);
    const [first, last] = [dayOf(new Date(start).getTime()), dayOf(oldReminder.getTime())];
    if (![...change.changedDays].some((day) => day >= first && day <= last)) return false;

    const recount = (from: string, due: string) =>
      after
        .addWorkingDays(new Date(from), before.workingDaysBetween(new Date(from), endOf(due)))
        .toISOString();
    const deadlineAt = recount(start, oldDeadline);
    const firstReminderAt = firstReminderAfter(after, new Date(deadlineAt)).toISOString();
    const { mechanism } = await this.deps.catalog.version(kase.jurisdiction, kase.definitionVersion);
    const now = this.deps.clock.now().getTime();
    const warnDays = mechanism.sla.warnWorkingDaysBefore;
    const oldWarn = before.warningStartsAt(new Date(oldDeadline), warnDays);
    const newWarn = after.warningStartsAt(new Date(deadlineAt), warnDays);
    const warnMoves =
      oldWarn !== null && newWarn !== null && oldWarn.getTime() > now && +oldWarn !== +newWarn;
    const taskMoves = await this.#taskMoves(kase, oldDeadline, deadlineAt, recount);
    if (deadlineAt === oldDeadline && +oldReminder === +firstReminderAt && !warnMoves && !taskMoves.length)
      return false;

    const at = this.deps.clock.now().toISOString();
    const shown = (iso: string) => formatLocalDate(dayOf(endOf(iso).getTime()));
    const message =
      deadlineAt === oldDeadline
        ? `${change.reason}，期限不变（${shown(deadlineAt)}），预警、催办时间重新计算`
        : `${change.reason}，期限由${shown(oldDeadline)}调整为${shown(deadlineAt)}`;
    const effects: Mutation[] = [
      ...(deadlineAt === oldDeadline
        ? []
        : [{ kind: 'case.update' as const, id: kase.id, patch: { deadlineAt, updatedAt: at } }]),
      ...taskMoves,
      timelineEvent({
        case: kase,
        at,
        actor: 'system',
        type: 'sla.recalculated',
        data: {
          reason: change.reason,
          message,
          from: oldDeadline,
          deadlineAt,
          firstReminderAt,
          ...(warnMoves ? { warnAt: newWarn?.toISOString() ?? null } : {}),
        },
        // one recount per calendar change and resulting deadline: a retried follow writes it once
        key: [change.reason, oldDeadline, deadlineAt, at],
      }),
    ];
    const variables = {
      deadlineAt,
      firstReminderAt,
      ...(warnMoves && newWarn ? { warnAt: newWarn.toISOString() } : {}),
    };
    await this.deps.engine.rescheduleCase(kase.id, variables, effects);
    return true;
  }

  /** Open tasks due with the case move with it; a task with its own due date is recounted from its creation. */
  async #taskMoves(
    kase: CaseRecord,
    oldDeadline: string,
    deadlineAt: string,
    recount: (from: string, due: string) => string,
  ): Promise<Mutation[]> {
    const tasks = await this.deps.store.tasks.list({
      jurisdiction: kase.jurisdiction,
      caseId: kase.id,
      status: 'open',
      limit: 500,
    });
    const moves: Mutation[] = [];
    for (const task of tasks.items) {
      if (!task.dueAt) continue;
      const dueAt = task.dueAt === oldDeadline ? deadlineAt : recount(task.createdAt, task.dueAt);
      if (dueAt !== task.dueAt) moves.push({ kind: 'task.update', id: task.id, patch: { dueAt } });
    }
    return moves;
  }
}

/**
 * Where the case's working days are counted from: the latest classification's clock start (the
 * deadline worker records it; older entries: the receipt), or a later resumption of a paused clock.
 */
function clockStart(kase: CaseRecord, timeline: CaseEventRecord[]): string {
  let start = kase.createdAt;
  for (const event of timeline) {
    if (event.type === 'classified')
      start = typeof event.data.slaStartAt === 'string' ? event.data.slaStartAt : kase.createdAt;
    else if (event.type === 'sla.resumed' && event.at > start) start = event.at;
  }
  return start;
}
