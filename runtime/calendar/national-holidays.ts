/**
 * China's national working-day calendar, from the `chinese-days` package: statutory holidays
 * (法定节假日, 国务院办公厅 arrangements) and make-up workdays (调休上班: weekend days worked to
 * bridge a holiday).
 *
 * Reads the package's published data file (`dist/chinese-days.json`) instead of calling its
 * `isWorkday`: that function parses "YYYY-MM-DD" as UTC midnight but reads the date back with
 * local-time getters, so on a host west of UTC it looks up the previous day
 * (`isWorkday('2025-10-13')`, a Monday, is false under TZ=America/New_York). The data is the same.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { dayNumberOf, isMondayToFriday } from './local-day.js';

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

const data: NationalCalendarData = chineseDays;

/** Years the national data covers (2004-2026 in chinese-days 1.5.7). Outside them: Mon-Fri. */
export const nationalDataCoverage: Readonly<NationalDataCoverage> = Object.freeze(coverageOf(data));

const memo = new Map<string, boolean>();

/**
 * Whether a local date (YYYY-MM-DD) is a working day nationally: a make-up workday (调休), or a
 * Monday-Friday that is not a statutory holiday. Outside the covered years: Monday-Friday.
 * Throws InputError for a string that is not a real calendar date.
 */
export function isNationalWorkday(localDate: string): boolean {
  let working = memo.get(localDate);
  if (working === undefined) {
    working = lookUp(localDate);
    memo.set(localDate, working);
  }
  return working;
}

/** Whether the national data has an arrangement for the year of this local date. */
export function isCoveredByNationalData(localDate: string): boolean {
  const year = Number(localDate.slice(0, 4));
  return year >= nationalDataCoverage.firstYear && year <= nationalDataCoverage.lastYear;
}

function lookUp(localDate: string): boolean {
  const mondayToFriday = isMondayToFriday(dayNumberOf(localDate));
  if (!isCoveredByNationalData(localDate)) return mondayToFriday;
  if (Object.hasOwn(data.workdays, localDate)) return true;
  if (Object.hasOwn(data.holidays, localDate)) return false;
  return mondayToFriday;
}

function coverageOf(d: NationalCalendarData): NationalDataCoverage {
  const years = Object.keys(d.holidays).map((date) => Number(date.slice(0, 4)));
  return { firstYear: Math.min(...years), lastYear: Math.max(...years) };
}
