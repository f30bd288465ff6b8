/**
 * The working-day (工作日) calendar of one jurisdiction: statutory deadlines ("N 个工作日内"),
 * elapsed working days for reports, and the instants reminders (催办) go out. Semantics and worked
 * examples: README.md.
 *
 * Which days work: the jurisdiction's own overrides (`extraHolidays`, `extraWorkdays`), then the
 * platform's NationalCalendar (official arrangements → statutory days by law → Monday–Friday).
 *
 * Local days are integer day numbers in the config's fixed UTC offset; each day's working status is
 * cached (dropped whenever the national calendar's revision moves), so addWorkingDays loops over
 * integers and allocates only the Date it returns.
 */
import type { CalendarConfig } from '../definitions/mechanism.js';
import { compileCalendarConfig, defaultChinaCalendar, type CompiledCalendar } from './calendar-config.js';
import { dayNumberAtMs, dayNumberOf, formatLocalDate, msAt } from './local-day.js';
import { NationalCalendar, type DaySource, type NationalDay } from './national-calendar.js';

/** The national calendar of code that builds a WorkingCalendar without the platform's own. */
export const defaultNationalCalendar = new NationalCalendar();

/** A day as one jurisdiction sees it: a local override is reported as `local`. */
export interface CalendarDayStatus {
  working: boolean;
  source: DaySource | 'local';
  name?: string;
}

export class WorkingCalendar {
  readonly #source: CalendarConfig;
  readonly #config: CompiledCalendar;
  readonly #national: NationalCalendar;
  readonly #working = new Map<number, boolean>();
  #revision: number;

  constructor(config: CalendarConfig = defaultChinaCalendar, national = defaultNationalCalendar) {
    this.#source = config;
    this.#config = compileCalendarConfig(config);
    this.#national = national;
    this.#revision = national.revision;
  }

  /** The same jurisdiction's calendar on another national calendar (e.g. as it stood before a change). */
  onNational(national: NationalCalendar): WorkingCalendar {
    return new WorkingCalendar(this.#source, national);
  }

  /** The national calendar this one layers its overrides on. */
  get national(): NationalCalendar {
    return this.#national;
  }

  /** The config's fixed offset from UTC, minutes. */
  get utcOffsetMinutes(): number {
    return this.#config.utcOffsetMinutes;
  }

  /** Status of a local date (YYYY-MM-DD), with where it comes from. */
  dayStatus(localDate: string): CalendarDayStatus {
    const day = dayNumberOf(localDate);
    const { extraHolidays, extraWorkdays } = this.#config;
    if (extraHolidays.has(day)) return { working: false, source: 'local' };
    if (extraWorkdays.has(day)) return { working: true, source: 'local' };
    const national: NationalDay = this.#national.day(day);
    return national;
  }

  /** The local date (YYYY-MM-DD) of an instant. */
  localDate(d: Date): string {
    return formatLocalDate(this.#dayOf(d.getTime()));
  }

  /** Whether the local day of an instant is a working day (local overrides beat national data). */
  isWorkingDay(d: Date): boolean {
    return this.#isWorking(this.#dayOf(d.getTime()));
  }

  /** Whether a local date (YYYY-MM-DD) is a working day. */
  isWorkingDate(localDate: string): boolean {
    return this.#isWorking(dayNumberOf(localDate));
  }

  /** The first working day strictly after a local date. */
  nextWorkingDay(localDate: string): string {
    return formatLocalDate(this.#nextWorking(dayNumberOf(localDate)));
  }

  /**
   * The deadline of "within n working days" for a request received at `receivedAt`: dayEndsAt local
   * on the n-th working day after the day of receipt (期间开始之日不计算在内). n = 0: the end of the
   * day of receipt if it is a working day, else of the next working day.
   */
  addWorkingDays(receivedAt: Date, n: number): Date {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0: ${n}`);
    let day = this.#dayOf(receivedAt.getTime());
    if (n === 0 && !this.#isWorking(day)) day = this.#nextWorking(day);
    for (let i = 0; i < n; i++) day = this.#nextWorking(day);
    return new Date(this.#msAt(day, this.#config.dayEndMinute));
  }

  /**
   * Working days elapsed from `from` to `to`: the working days after the local day of `from` up to
   * and including the local day of `to` (a request received Monday, answered Wednesday: 2).
   * Negative when `to` is on an earlier day than `from`.
   */
  workingDaysBetween(from: Date, to: Date): number {
    const a = this.#dayOf(from.getTime());
    const b = this.#dayOf(to.getTime());
    return a <= b ? this.#countWorking(a, b) : -this.#countWorking(b, a);
  }

  /** The first instant at dayStartsAt on a working day strictly after `after` (daily reminders). */
  startOfNextWorkingDay(after: Date): Date {
    const afterMs = after.getTime();
    let day = this.#dayOf(afterMs);
    if (!this.#isWorking(day) || this.#msAt(day, this.#config.dayStartMinute) <= afterMs) {
      day = this.#nextWorking(day);
    }
    return new Date(this.#msAt(day, this.#config.dayStartMinute));
  }

  /**
   * 预警: dayStartsAt of the n-th last working day of a deadline's window (n = 1: the morning of the
   * due day itself; n = 2: the working day before it). Null for n <= 0 (no warning configured).
   */
  warningStartsAt(deadline: Date, n: number): Date | null {
    if (!Number.isInteger(n) || n <= 0) return null;
    let day = this.#dayOf(deadline.getTime() - 1);
    while (!this.#isWorking(day)) day--;
    for (let i = 1; i < n; i++) {
      day--;
      while (!this.#isWorking(day)) day--;
    }
    return new Date(this.#msAt(day, this.#config.dayStartMinute));
  }

  /**
   * Working days a deadline is overdue at `now`: 0 until `now` passes the deadline, then the working
   * days after the deadline's due day up to and including the local day of `now`.
   */
  workingDaysOverdue(deadline: Date, now: Date): number {
    const deadlineMs = deadline.getTime();
    if (now.getTime() <= deadlineMs) return 0;
    // The due day is the day of the deadline's last moment: a "24:00" deadline is 00:00 the day after.
    return this.#countWorking(this.#dayOf(deadlineMs - 1), this.#dayOf(now.getTime()));
  }

  #dayOf(ms: number): number {
    return dayNumberAtMs(ms, this.#config.utcOffsetMinutes);
  }

  #msAt(day: number, minuteOfDay: number): number {
    return msAt(day, minuteOfDay, this.#config.utcOffsetMinutes);
  }

  #isWorking(day: number): boolean {
    if (this.#revision !== this.#national.revision) {
      this.#working.clear();
      this.#revision = this.#national.revision;
    }
    let working = this.#working.get(day);
    if (working === undefined) {
      const { extraHolidays, extraWorkdays } = this.#config;
      working = extraHolidays.has(day) ? false : extraWorkdays.has(day) || this.#national.isWorking(day);
      this.#working.set(day, working);
    }
    return working;
  }

  #nextWorking(day: number): number {
    let next = day + 1;
    while (!this.#isWorking(next)) next++;
    return next;
  }

  /** Working days in the local-day range (from, to]. */
  #countWorking(from: number, to: number): number {
    let count = 0;
    for (let day = from + 1; day <= to; day++) if (this.#isWorking(day)) count++;
    return count;
  }
}
