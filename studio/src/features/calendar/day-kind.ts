import type { CalendarDay, DaySource } from '../../api/calendar-types';

/** What a day is on the grid: 休 (a holiday's day off), 班 (make-up workday), weekend, working day. */
export type DayKind = 'holiday' | 'makeup' | 'weekend' | 'working';

/**
 * A rest day is a holiday when it is not a plain weekend (a weekday off, or a weekend inside a named
 * holiday span); a working day is a make-up workday when it falls on a weekend or was set locally.
 */
export function dayKind(day: CalendarDay): DayKind {
  if (!day.working) return !day.weekend || day.name || day.source === 'local' ? 'holiday' : 'weekend';
  return day.weekend || day.source === 'local' ? 'makeup' : 'working';
}

/** The colour family of a marked day: who decided it (the legend's four sources). */
export type Tone = 'statutory' | 'notice' | 'package' | 'local';

export function toneOf(source: DaySource): Tone | null {
  return source === 'weekday' ? null : source;
}

/** A holiday's name as it fits under a date (the full name is in the cell's title): 劳动节 → 劳动. */
export function shortName(name: string): string {
  const first = name.split('、')[0] ?? name;
  return first.length > 2 && first.endsWith('节') ? first.slice(0, -1) : first.slice(0, 3);
}

/** Days of a year grouped by month (index 0 = January), in date order. */
export function byMonth(days: CalendarDay[]): CalendarDay[][] {
  const months: CalendarDay[][] = Array.from({ length: 12 }, () => []);
  for (const d of days) months[Number(d.date.slice(5, 7)) - 1]?.push(d);
  return months;
}

/** Monday-first column (0–6) of an ISO date, independent of the browser's time zone. */
export function weekdayColumn(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7;
}
