import { isProvisionalDeadline } from '../../runtime/calendar/calendar-status.js';
import type { Platform } from '../../runtime/bootstrap/platform.js';

/** `deadlineProvisional` on a case (its deadlineAt) or a task (its dueAt): due in a provisional year. */
export function markDeadline<T extends { deadlineAt?: string | null; dueAt?: string | null }>(
  platform: Platform,
  record: T,
): T & { deadlineProvisional: boolean } {
  const due = record.deadlineAt ?? record.dueAt ?? null;
  return { ...record, deadlineProvisional: isProvisionalDeadline(platform.calendar.national, due) };
}
