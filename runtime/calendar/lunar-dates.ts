/**
 * Lunar dates (农历) and the 清明 solar term as local day numbers, from the `chinese-days` package's
 * tables (lunar years 1900-2100).
 *
 * The package's date functions (`getSolarDateFromLunar`, `getLunarDate`, `getSolarTermDate`) parse
 * dates as UTC midnight and format them with local-time getters, so on a host west of UTC they
 * answer a day off (the bug national-holidays.ts documents). Here lunar dates are counted from the
 * package's month-length tables alone (`monthDays`, `getYearLeapMonth`: no Date involved), and the
 * solar term's answer is read back through the same host conversion the package applied.
 */
import chineseDays from 'chinese-days';
import { dayNumberOf, MS_PER_DAY } from './local-day.js';

const { monthDays, getYearLeapMonth, getSolarTermDate } = chineseDays;

/** Lunar years the package's tables cover. */
export const lunarTableYears = Object.freeze({ first: 1900, last: 2099 });

/** 正月初一 of lunar year 1900 was 31 January 1900. */
const lunarEpoch = dayNumberOf('1900-01-31');
const yearStarts = new Map<number, number>();

function lunarYearLength(year: number): number {
  let days = getYearLeapMonth(year).days;
  for (let month = 1; month <= 12; month++) days += monthDays(year, month);
  return days;
}

/** Day number of 正月初一 of a lunar year (the lunar year that begins in Gregorian `year`). */
export function lunarNewYearDay(year: number): number {
  assertCovered(year);
  let start = yearStarts.get(year);
  if (start === undefined) {
    start = lunarEpoch;
    for (let y = lunarTableYears.first; y < year; y++) start += lunarYearLength(y);
    yearStarts.set(year, start);
  }
  return start;
}

/**
 * Day number of a lunar date (the ordinary, not the leap, month) of lunar year `year`. A leap month
 * follows the month of the same number, so it is counted only when it comes before `month`.
 */
export function lunarDay(year: number, month: number, day: number): number {
  let offset = 0;
  const leap = getYearLeapMonth(year);
  for (let m = 1; m < month; m++) {
    offset += monthDays(year, m);
    if (leap.leapMonth === m) offset += leap.days;
  }
  return lunarNewYearDay(year) + offset + day - 1;
}

/** 除夕: the last day of the 12th lunar month before the lunar year that begins in `year`. */
export function lunarNewYearsEveDay(year: number): number {
  return lunarNewYearDay(year) - 1;
}

/** Day number of 清明 (the `pure_brightness` solar term) in April of `year`. */
export function qingmingDay(year: number): number {
  assertCovered(year);
  return packageDateOnThisHost(getSolarTermDate(year, 4, 'pure_brightness'));
}

/**
 * The package formats a day `d` as the host-local date of UTC midnight of `d`: `d` itself east of
 * UTC, the day before west of it. Of `shown` and the day after, the day whose UTC midnight the host
 * shows as `shown` is the day meant.
 */
function packageDateOnThisHost(shown: string): number {
  const day = dayNumberOf(shown);
  return hostLocalDate(day) === shown ? day : day + 1;
}

function hostLocalDate(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function assertCovered(year: number): void {
  if (!Number.isInteger(year) || year < lunarTableYears.first || year > lunarTableYears.last)
    throw new RangeError(`lunar tables cover ${lunarTableYears.first}-${lunarTableYears.last}: ${year}`);
}
