// Task completion: complete the first task (`review`, 受理) of cases the intake created, accepting
// them, until the case's next open task is visible — one engine step driven by a person.
import { performance } from 'node:perf_hooks';
import type { Platform } from '../../runtime/bootstrap/platform.js';
import type { Actor } from '../../runtime/cases/actor.js';
import type { TaskRecord } from '../../runtime/store/records.js';
import { firstTaskElement } from './first-task.js';
import type { UnitRun } from './phase.js';

/** The accepted case's next task (办理并答复, in the handling sub-process). */
const nextTaskElement = 'handle';
const acceptance = { decision: 'accept', requestClass: 'professional' };

/** Open `review` tasks to complete (read before the measurement, page by page: at most 500 a page). */
export async function openReviewTasks(platform: Platform, jurisdiction: string, count: number) {
  const tasks: TaskRecord[] = [];
  for (let offset = 0; tasks.length < count; offset += 500) {
    const page = await platform.store.tasks.list({ jurisdiction, status: 'open', limit: 500, offset });
    tasks.push(...page.items.filter((t) => t.elementId === firstTaskElement));
    if (page.items.length < 500) break;
  }
  return tasks.slice(0, count);
}

export function completionRun(
  platform: Platform,
  jurisdiction: string,
  office: Actor,
  tasks: { id: string; caseId: string }[],
): UnitRun {
  return async (i) => {
    const task = tasks[i];
    if (!task) throw new Error(`no open review task #${i}`);
    const start = performance.now();
    await platform.tasks.complete(task.id, acceptance, office);
    const open = await platform.store.tasks.list({ jurisdiction, caseId: task.caseId, status: 'open' });
    if (!open.items.some((t) => t.elementId === nextTaskElement))
      throw new Error(`case ${task.caseId}: no open '${nextTaskElement}' after accepting`);
    return performance.now() - start;
  };
}
