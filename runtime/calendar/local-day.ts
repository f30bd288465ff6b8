/**
 * Local calendar days as integer day numbers: days since 1970-01-01 in the jurisdiction's fixed UTC
 * offset. Integer arithmetic only — no Intl, no host time zone, no DST (China keeps one offset).
 */
import { InputError } from '../common/errors.js';

export const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})$/;

/** Day number of a `YYYY-MM-DD` local date; NaN if it is not a real calendar date (e.g. 2026-02-30). */
export function parseLocalDate(localDate: string): number {
  const m = LOCAL_DATE.exec(localDate);
  if (!m) return Number.NaN;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
  return formatLocalDate(day) === localDate ? day : Number.NaN;
}

/** Day number of a `YYYY-MM-DD` local date; throws InputError if it is not a real calendar date. */
export function dayNumberOf(localDate: string): number {
  const day = parseLocalDate(localDate);
  if (Number.isNaN(day)) {
    throw new InputError(`not a local date (YYYY-MM-DD): ${localDate}`, [], 'invalid_local_date');
  }
  return day;
}

/** `YYYY-MM-DD` of a day number (years 1000-9999). */
export function formatLocalDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isMondayToFriday(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday >= 1 && weekday <= 5;
}

/** The local day an epoch-millisecond instant falls on. */
export function dayNumberAtMs(ms: number, utcOffsetMinutes: number): number {
  return Math.floor((ms + utcOffsetMinutes * MS_PER_MINUTE) / MS_PER_DAY);
}

/** Epoch milliseconds of `minuteOfDay` local on `day` (minute 1440 = 24:00 = start of the next day). */
export function msAt(day: number, minuteOfDay: number, utcOffsetMinutes: number): number {
  return day * MS_PER_DAY + (minuteOfDay - utcOffsetMinutes) * MS_PER_MINUTE;
}

/** Minutes after local midnight of `"HH:MM"` ("24:00" = 1440); NaN if malformed or out of range. */
export function parseTimeOfDay(hhmm: string): number {
  const m = TIME_OF_DAY.exec(hhmm);
  if (!m) return Number.NaN;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return Number.NaN;
  return hours * 60 + minutes;
}
