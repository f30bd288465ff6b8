import { dayNumberAtMs } from '../calendar/local-day.js';
import { ConflictError, InputError } from '../common/errors.js';
import type { Mechanism } from '../definitions/mechanism.js';
import type { CaseEventRecord, TaskRecord } from '../store/records.js';

/**
 * 催办 by hand: how often a task may be urged in one Beijing day — the mechanism's
 * `reminder.manualPerTaskPerDay`, else this platform default (one per task per day: an urging is a
 * formal reminder, repeated the next day if nothing moved).
 */
export const platformManualUrgesPerDay = 1;

/** What a task's inbox row shows: how often its case was urged while the task was open, and the last words. */
export interface UrgeMarker {
  count: number;
  lastAt: string;
  lastMessage: string;
}

const beijingDay = (iso: string) => dayNumberAtMs(new Date(iso).getTime(), 480);
const urgings = (timeline: readonly CaseEventRecord[]) => timeline.filter((e) => e.type === 'urged');

/** The marker of a task (timer and manual urgings of its case since it opened); null: never urged. */
export function urgeMarker(
  timeline: readonly CaseEventRecord[],
  task: Pick<TaskRecord, 'createdAt'>,
): UrgeMarker | null {
  const since = urgings(timeline).filter((e) => e.at >= task.createdAt);
  const last = since.at(-1);
  if (!last) return null;
  const message = last.data.message;
  return { count: since.length, lastAt: last.at, lastMessage: typeof message === 'string' ? message : '' };
}

/**
 * Checks a manual urging before it is recorded: a message is required, and the day's limit per task
 * holds. Returns the case's count of urgings including this one (`第 N 次催办`).
 */
export function nextUrging(
  timeline: readonly CaseEventRecord[],
  taskId: string,
  message: string,
  now: string,
  mechanism: Pick<Mechanism, 'reminder'>,
): number {
  if (!message.trim())
    throw new InputError('an urging needs a message', [{ path: '/message', reason: 'required' }]);
  const limit = mechanism.reminder?.manualPerTaskPerDay ?? platformManualUrgesPerDay;
  const today = urgings(timeline).filter(
    (e) => e.data.manual === true && e.data.taskId === taskId && beijingDay(e.at) === beijingDay(now),
  );
  if (today.length >= limit)
    throw new ConflictError(`this task was already urged ${limit} time(s) today`, [], 'urge_limit');
  return urgings(timeline).length + 1;
}
