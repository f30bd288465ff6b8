import type { CaseRecord } from './records.js';
import type { TaskQuery, TaskSort } from './store.js';

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

/**
 * The SQL adapters' task list orders (`TaskSort`), ties broken by id; `due` puts tasks without a due
 * date last, which each dialect says its own way (`dueNullsLast`).
 */
export function taskOrderBy(dueNullsLast: string): Record<TaskSort, string> {
  return {
    due: `${dueNullsLast}, created_at, id`,
    created: 'created_at, id',
    '-created': 'created_at DESC, id DESC',
    '-completed': 'completed_at DESC, id DESC',
  };
}
