import type { TaskRecord } from '../../runtime/store/records.js';
import type { Store } from '../../runtime/store/store.js';

/** The element id of the first user task of the 嘉兴经开区 process (受理审查与分类). */
export const firstTaskElement = 'review';

/** The case's open first task, read back from the store; throws when it is not visible yet. */
export async function visibleFirstTask(
  store: Store,
  jurisdiction: string,
  caseId: string,
): Promise<TaskRecord> {
  const open = await store.tasks.list({ jurisdiction, caseId, status: 'open' });
  const task = open.items.find((t) => t.elementId === firstTaskElement);
  if (!task) {
    const seen = open.items.map((t) => t.elementId).join(',') || 'none';
    throw new Error(`case ${caseId}: no open '${firstTaskElement}' task after submit (open: ${seen})`);
  }
  return task;
}
