import type { Platform } from '../../runtime/bootstrap/platform.js';
import type { Actor } from '../../runtime/cases/actor.js';
import type { TaskRecord } from '../../runtime/store/records.js';
import type { Store } from '../../runtime/store/store.js';
import { intakeBody, jurisdiction } from './bench-platform.js';

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

/** Submits the `i`-th valid intake in process as `actor`, then reads its first task back. */
export async function submitToFirstTask(platform: Platform, actor: Actor, i: number): Promise<TaskRecord> {
  const kase = await platform.cases.submit({ jurisdiction, ...intakeBody(i) }, actor);
  return visibleFirstTask(platform.store, jurisdiction, kase.id);
}
