/**
 * The national working-day calendar the platform owns, in layers:
 *
 * 1. official arrangements: one entered on the platform for its year (the 国务院办公厅 notice), else
 *    the `chinese-days` package's (2004-2026), kept exactly as published;
 * 2. the statutory rest days by law (statutory-holidays.ts) — under an entered notice too, so a
 *    statutory day the notice forgot still rests; a year without any official arrangement has only
 *    these and is **provisional**;
 * 3. Monday–Friday.
 *
 * Day status is compiled once per year into a table; every change of an arrangement bumps
 * `revision`, which WorkingCalendar watches to drop its caches.
 */
import type { HolidayArrangement } from './holiday-arrangement.js';
import { dayNumberOf, formatLocalDate, isMondayToFriday, MS_PER_DAY } from './local-day.js';
import { isCoveredByNationalData, packageYear } from './national-holidays.js';
import { statutoryHolidays } from './statutory-holidays.js';

/** Where a day's status comes from; `local` is added by a jurisdiction's overrides. */
export type DaySource = 'package' | 'notice' | 'statutory' | 'weekday';
export type YearSource = 'package' | 'notice' | 'statutory';
export type YearStatus = 'official' | 'provisional';

export interface NationalDay {
  working: boolean;
  source: DaySource;
  /** Holiday name in Chinese, for rest days of a holiday and make-up workdays. */
  name?: string;
}

interface YearTable {
  first: number;
  working: Uint8Array;
  source: DaySource[];
  names: (string | undefined)[];
}

export class NationalCalendar {
  readonly #entered: Map<number, HolidayArrangement>;
  readonly #years = new Map<number, YearTable>();
  #last: YearTable | null = null;
  #revision = 0;

  constructor(entered: ReadonlyMap<number, HolidayArrangement> = new Map()) {
    this.#entered = new Map(entered);
  }

  /** Bumped by every change; calendars built on this one drop their caches when it moves. */
  get revision(): number {
    return this.#revision;
  }

  /** Enter (or, with null, withdraw) the official arrangement of a year. */
  setArrangement(year: number, arrangement: HolidayArrangement | null): void {
    if (arrangement) this.#entered.set(year, arrangement);
    else this.#entered.delete(year);
    this.#years.delete(year);
    this.#last = null;
    this.#revision++;
  }

  /** The arrangement entered on the platform for a year, or null. */
  enteredArrangement(year: number): HolidayArrangement | null {
    return this.#entered.get(year) ?? null;
  }

  /** A copy with one year's arrangement replaced (previews; this calendar is not touched). */
  withArrangement(year: number, arrangement: HolidayArrangement | null): NationalCalendar {
    const copy = new NationalCalendar(this.#entered);
    copy.setArrangement(year, arrangement);
    return copy;
  }

  /** A copy as it stands now (the "before" of a change). */
  snapshot(): NationalCalendar {
    return new NationalCalendar(this.#entered);
  }

  yearSource(year: number): YearSource {
    if (this.#entered.has(year)) return 'notice';
    return isCoveredByNationalData(year) ? 'package' : 'statutory';
  }

  yearStatus(year: number): YearStatus {
    return this.yearSource(year) === 'statutory' ? 'provisional' : 'official';
  }

  isWorking(day: number): boolean {
    const table = this.#table(day);
    return table.working[day - table.first] === 1;
  }

  day(day: number): NationalDay {
    const table = this.#table(day);
    const i = day - table.first;
    const name = table.names[i];
    return {
      working: table.working[i] === 1,
      source: table.source[i] ?? 'weekday',
      ...(name ? { name } : {}),
    };
  }

  #table(day: number): YearTable {
    const last = this.#last;
    if (last && day >= last.first && day < last.first + last.working.length) return last;
    const year = new Date(day * MS_PER_DAY).getUTCFullYear();
    let table = this.#years.get(year);
    if (!table) {
      table = this.#compile(year);
      this.#years.set(year, table);
    }
    this.#last = table;
    return table;
  }

  #compile(year: number): YearTable {
    const first = dayNumberOf(`${year}-01-01`);
    const length = dayNumberOf(`${year + 1}-01-01`) - first;
    const table: YearTable = {
      first,
      working: new Uint8Array(length),
      source: new Array<DaySource>(length).fill('weekday'),
      names: new Array<string | undefined>(length).fill(undefined),
    };
    for (let i = 0; i < length; i++) table.working[i] = isMondayToFriday(first + i) ? 1 : 0;
    const set = (day: number, working: boolean, source: DaySource, name: string | undefined) => {
      const i = day - first;
      if (i < 0 || i >= length) return;
      table.working[i] = working ? 1 : 0;
      table.source[i] = source;
      table.names[i] = name;
    };
    const entered = this.#entered.get(year);
    const fromPackage = entered ? null : packageYear(year);
    if (fromPackage) {
      for (const [day, name] of fromPackage.holidays) set(day, false, 'package', name);
      for (const [day, name] of fromPackage.workdays) set(day, true, 'package', name);
      return table;
    }
    for (const holiday of statutoryHolidays(year))
      for (const day of holiday.days) {
        const earlier = table.source[day - first] === 'statutory' ? table.names[day - first] : undefined;
        set(day, false, 'statutory', earlier ? `${earlier}、${holiday.name}` : holiday.name);
      }
    if (!entered) return table;
    for (const span of entered.holidays)
      for (let day = dayNumberOf(span.from); day <= dayNumberOf(span.to); day++)
        set(day, false, 'notice', span.name);
    for (const workday of entered.workdays) set(dayNumberOf(workday.date), true, 'notice', workday.name);
    return table;
  }
}

/** Every local date of a year, `YYYY-MM-DD`, in order. */
export function datesOfYear(year: number): string[] {
  const first = dayNumberOf(`${year}-01-01`);
  const last = dayNumberOf(`${year}-12-31`);
  const out: string[] = [];
  for (let day = first; day <= last; day++) out.push(formatLocalDate(day));
  return out;
}
