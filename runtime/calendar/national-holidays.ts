/**
 * The official national arrangements the `chinese-days` package ships (国务院办公厅 notices,
 * 2004-2026 in 1.5.7): holidays (放假) and make-up workdays (调休上班: weekend days worked to bridge
 * a holiday). The bottom-most official layer of the NationalCalendar; kept exactly as published.
 *
 * Reads the package's published data file (`dist/chinese-days.json`) instead of calling its
 * `isWorkday`: that function parses "YYYY-MM-DD" as UTC midnight but reads the date back with
 * local-time getters, so on a host west of UTC it looks up the previous day
 * (`isWorkday('2025-10-13')`, a Monday, is false under TZ=America/New_York). The data is the same.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { dayNumberOf } from './local-day.js';

interface NationalCalendarData {
  /** Local date -> "English,中文,n" name of the holiday (放假). */
  holidays: Record<string, string>;
  /** Local date -> holiday name, for weekend days that are working days (调休上班). */
  workdays: Record<string, string>;
}

export interface NationalDataCoverage {
  firstYear: number;
  lastYear: number;
}

/** One year of the package: day number -> Chinese holiday name, for rest days and make-up workdays. */
export interface PackageYear {
  holidays: ReadonlyMap<number, string>;
  workdays: ReadonlyMap<number, string>;
}

const data: NationalCalendarData = chineseDays;

/** Years the package covers (2004-2026 in chinese-days 1.5.7). */
export const nationalDataCoverage: Readonly<NationalDataCoverage> = Object.freeze(coverageOf(data));

const years = new Map<number, PackageYear>();

/** Whether the package has an arrangement for this year. */
export function isCoveredByNationalData(year: number): boolean {
  return year >= nationalDataCoverage.firstYear && year <= nationalDataCoverage.lastYear;
}

/** The package's arrangement of a year, or null outside its coverage. */
export function packageYear(year: number): PackageYear | null {
  if (!isCoveredByNationalData(year)) return null;
  let found = years.get(year);
  if (!found) {
    found = { holidays: namesOf(data.holidays, year), workdays: namesOf(data.workdays, year) };
    years.set(year, found);
  }
  return found;
}

function namesOf(entries: Record<string, string>, year: number): Map<number, string> {
  const prefix = `${year}-`;
  const out = new Map<number, string>();
  for (const [date, label] of Object.entries(entries))
    if (date.startsWith(prefix)) out.set(dayNumberOf(date), label.split(',')[1] ?? label);
  return out;
}

function coverageOf(d: NationalCalendarData): NationalDataCoverage {
  const all = Object.keys(d.holidays).map((date) => Number(date.slice(0, 4)));
  return { firstYear: Math.min(...all), lastYear: Math.max(...all) };
}
