/**
 * Nobody is surprised by a provisional year: which of this and next year have no official
 * arrangement yet, and the banner admins see — from 1 November (when the 国务院办公厅 notice is
 * usually published) while next year is provisional, and all year while this year still is.
 */
import { dayNumberAtMs, formatLocalDate } from './local-day.js';
import type { NationalCalendar } from './national-calendar.js';

export interface CalendarStatus {
  /** Provisional years among this and next year (local time). */
  provisionalYears: number[];
  /** Chinese banner text, or null when nothing needs saying. */
  banner: string | null;
}

/** From this month-day on, next year's missing arrangement is announced. */
export const bannerFrom = '11-01';

export function calendarStatus(
  national: NationalCalendar,
  now: Date,
  utcOffsetMinutes = 480,
): CalendarStatus {
  const today = formatLocalDate(dayNumberAtMs(now.getTime(), utcOffsetMinutes));
  const year = Number(today.slice(0, 4));
  const provisionalYears = [year, year + 1].filter((y) => national.yearStatus(y) === 'provisional');
  const announced = provisionalYears.filter((y) => y === year || today.slice(5) >= bannerFrom);
  return {
    provisionalYears,
    banner: announced.length
      ? `${announced.join('、')} 年节假日安排尚未录入，期限按法定节假日临时计算`
      : null,
  };
}

/**
 * Whether a deadline falls in a provisional year (its due day is counted with the statutory days
 * only, so the notice may still move it): what the inbox, the case and the enterprise page mark.
 */
export function isProvisionalDeadline(
  national: NationalCalendar,
  deadlineAt: string | null | undefined,
  utcOffsetMinutes = 480,
): boolean {
  if (!deadlineAt) return false;
  const dueDay = dayNumberAtMs(new Date(deadlineAt).getTime() - 1, utcOffsetMinutes);
  return national.yearStatus(Number(formatLocalDate(dueDay).slice(0, 4))) === 'provisional';
}
