import type { WorkingCalendar } from './working-calendar.js';

/**
 * Where the SLA clock stands after a pause: the working days that remained at the pause are
 * counted again from the moment it resumes (补充材料 / 退单审核 do not use up the deadline).
 */
export function deadlineAfterPause(
  calendar: WorkingCalendar,
  deadline: Date,
  pausedAt: Date,
  resumedAt: Date,
): Date {
  const remaining = Math.max(0, calendar.workingDaysBetween(pausedAt, new Date(deadline.getTime() - 1)));
  return calendar.addWorkingDays(resumedAt, remaining);
}

/** 09:00 (day start) of the first working day after the deadline's last day: when 催办 begins. */
export function firstReminderAfter(calendar: WorkingCalendar, deadline: Date): Date {
  return calendar.startOfNextWorkingDay(new Date(deadline.getTime() - 1));
}
