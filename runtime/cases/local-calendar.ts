import { WorkingCalendar } from '../calendar/index.js';
import { parseLocalDate } from '../calendar/local-day.js';
import { NotFoundError } from '../common/errors.js';
import type { DefinitionBundle } from '../definitions/definition-bundle.js';
import type { DefinitionPublisher } from '../definitions/definition-publisher.js';
import type { DefinitionVersionRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import type { DeadlineFollow } from './deadline-follow.js';
import type { LocalDays, MechanismCatalog } from './mechanism-catalog.js';

export interface LocalCalendarDeps {
  store: Pick<Store, 'definitions'>;
  catalog: MechanismCatalog;
  follow: DeadlineFollow;
  /** Resolved lazily: the publisher is built with this class's `published` as its listener. */
  publisher: () => DefinitionPublisher;
}

const localDaysOf = (record: DefinitionVersionRecord): LocalDays => {
  const calendar = (record.bundle as unknown as DefinitionBundle).mechanism.calendar;
  return { extraHolidays: calendar.extraHolidays, extraWorkdays: calendar.extraWorkdays };
};

/**
 * A jurisdiction's own calendar days (mechanism.json `calendar.extraHolidays` / `extraWorkdays`):
 * published as a new mechanism version through the publisher (validated like any publish), and
 * whenever a published version changes them — through this route or any other — the jurisdiction's
 * open cases follow.
 */
export class LocalCalendar {
  readonly #followed = new Map<string, number>();

  constructor(private readonly deps: LocalCalendarDeps) {}

  async publish(
    jurisdiction: string,
    days: LocalDays,
    actor: Actor,
  ): Promise<{ version: number; recomputedCases: number }> {
    const latest = await this.deps.store.definitions.latest(jurisdiction);
    if (!latest) throw new NotFoundError(`jurisdiction '${jurisdiction}' not found`);
    const bundle = latest.bundle as unknown as DefinitionBundle;
    const record = await this.deps.publisher().publish(
      {
        ...bundle,
        mechanism: { ...bundle.mechanism, calendar: { ...bundle.mechanism.calendar, ...days } },
      },
      actor.id,
    );
    const key = `${jurisdiction}@${record.version}`;
    const recomputedCases = this.#followed.get(key) ?? 0;
    this.#followed.delete(key);
    return { version: record.version, recomputedCases };
  }

  /** The publish listener: drop the compiled versions, and let open cases follow changed local days. */
  async published(previous: DefinitionVersionRecord | null, record: DefinitionVersionRecord): Promise<void> {
    const { catalog } = this.deps;
    catalog.forget(record.jurisdiction);
    if (!previous) return;
    const [before, after] = [localDaysOf(previous), localDaysOf(record)];
    const changedDays = symmetricDifference(
      [...before.extraHolidays, ...before.extraWorkdays.map((d) => `+${d}`)],
      [...after.extraHolidays, ...after.extraWorkdays.map((d) => `+${d}`)],
    );
    if (changedDays.size === 0) return;
    const count = await this.deps.follow.follow({
      jurisdictions: [record.jurisdiction],
      changedDays,
      reason: `本地工作日历调整（机制第${record.version}版）`,
      calendars: async (kase) => {
        const { mechanism, calendar } = await catalog.version(kase.jurisdiction, kase.definitionVersion);
        return {
          before: new WorkingCalendar({ ...mechanism.calendar, ...before }, calendar.national),
          after: calendar,
        };
      },
    });
    this.#followed.set(`${record.jurisdiction}@${record.version}`, count);
  }
}

/** Day numbers of the dates listed on one side only (a `+` marks a workday, so a moved date counts). */
function symmetricDifference(a: string[], b: string[]): Set<number> {
  const [left, right] = [new Set(a), new Set(b)];
  const out = new Set<number>();
  for (const entry of [...a.filter((x) => !right.has(x)), ...b.filter((x) => !left.has(x))])
    out.add(parseLocalDate(entry.replace(/^\+/, '')));
  return out;
}
