/**
 * A year of one calendar day by day, as the 节假日管理 screen shows it: working or not, weekend or
 * not, where the status comes from and the holiday's name.
 */
import { dayNumberOf, formatLocalDate, isMondayToFriday } from './local-day.js';
import type { CalendarDayStatus, WorkingCalendar } from './working-calendar.js';

export interface CalendarYearDay extends CalendarDayStatus {
  date: string;
  weekend: boolean;
}

function daysOf(year: number): number[] {
  const first = dayNumberOf(`${year}-01-01`);
  const next = dayNumberOf(`${year + 1}-01-01`);
  return Array.from({ length: next - first }, (_, i) => first + i);
}

export function calendarYearDays(calendar: WorkingCalendar, year: number): CalendarYearDay[] {
  return daysOf(year).map((day) => {
    const date = formatLocalDate(day);
    return { date, weekend: !isMondayToFriday(day), ...calendar.dayStatus(date) };
  });
}

/** The dates of the year whose working status differs between two calendars. */
export function changedDates(before: WorkingCalendar, after: WorkingCalendar, year: number): string[] {
  return daysOf(year)
    .map(formatLocalDate)
    .filter((date) => before.isWorkingDate(date) !== after.isWorkingDate(date));
}
