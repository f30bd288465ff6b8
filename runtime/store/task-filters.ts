import type { CaseRecord } from './records.js';
import type { TaskQuery } from './store.js';

/**
 * The case fields a task list filters on (`TaskQuery`: request class, tier, intake channel,
 * enterprise): the SQL adapters test them on the task's case, MongoDB copies them onto each task.
 */
export const taskCaseFields = [
  'requestClass',
  'tier',
  'channel',
  'enterpriseId',
] as const satisfies readonly (keyof TaskQuery & keyof CaseRecord)[];
