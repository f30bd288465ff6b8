/**
 * A jurisdiction's `CalendarConfig` (mechanism.json `calendar`): the default for China, and its
 * compiled form (minutes and day numbers) that `WorkingCalendar` runs on.
 */
import type { CalendarConfig } from '../definitions/mechanism.js';
import { DefinitionError, type ErrorDetail } from '../common/errors.js';
import { parseLocalDate, parseTimeOfDay } from './local-day.js';

/** Beijing time (UTC+8), working day from 09:00, deadlines due at the end of the day, no overrides. */
export const defaultChinaCalendar: Readonly<CalendarConfig> = Object.freeze({
  utcOffsetMinutes: 480,
  dayStartsAt: '09:00',
  dayEndsAt: '24:00',
  extraHolidays: [],
  extraWorkdays: [],
});

export interface CompiledCalendar {
  utcOffsetMinutes: number;
  /** Minutes after local midnight. */
  dayStartMinute: number;
  /** Minutes after local midnight; 1440 = "24:00". */
  dayEndMinute: number;
  /** Day numbers (see local-day.ts) of the local overrides, which beat the national data. */
  extraHolidays: ReadonlySet<number>;
  extraWorkdays: ReadonlySet<number>;
}

/** Validates and compiles a calendar config; throws DefinitionError listing every problem. */
export function compileCalendarConfig(config: CalendarConfig): CompiledCalendar {
  const problems: ErrorDetail[] = [];
  const { utcOffsetMinutes } = config;
  if (!Number.isInteger(utcOffsetMinutes) || Math.abs(utcOffsetMinutes) > 14 * 60) {
    problems.push({ path: '/calendar/utcOffsetMinutes', reason: 'an integer between -840 and 840' });
  }
  const dayStartMinute = parseTimeOfDay(config.dayStartsAt);
  const dayEndMinute = parseTimeOfDay(config.dayEndsAt);
  if (!(dayStartMinute < 1440))
    problems.push({ path: '/calendar/dayStartsAt', reason: '"HH:MM" before 24:00' });
  if (!(dayEndMinute > dayStartMinute)) {
    problems.push({ path: '/calendar/dayEndsAt', reason: '"HH:MM" (or "24:00") after dayStartsAt' });
  }
  const extraHolidays = dayNumbers(config.extraHolidays, '/calendar/extraHolidays', problems);
  const extraWorkdays = dayNumbers(config.extraWorkdays, '/calendar/extraWorkdays', problems);
  config.extraHolidays.forEach((date, i) => {
    if (config.extraWorkdays.includes(date)) {
      problems.push({ path: `/calendar/extraHolidays/${i}`, reason: `${date} is also an extra workday` });
    }
  });
  if (problems.length > 0) throw new DefinitionError('invalid calendar config', problems);
  return { utcOffsetMinutes, dayStartMinute, dayEndMinute, extraHolidays, extraWorkdays };
}

function dayNumbers(dates: readonly string[], path: string, problems: ErrorDetail[]): Set<number> {
  const days = new Set<number>();
  dates.forEach((date, i) => {
    const day = parseLocalDate(date);
    if (Number.isNaN(day))
      problems.push({ path: `${path}/${i}`, reason: `not a local date (YYYY-MM-DD): ${date}` });
    else days.add(day);
  });
  return days;
}
