import { complete, fail } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { definitionWorker, type WorkerDeps } from './worker-deps.js';
import { jobEvent } from './case-event.js';

/**
 * 升级: moves the case to a higher tier and its group: the tier named by header `toTier` (e.g. 联动办 ->
 * 提级办), else the reminder policy's escalation tier (e.g. 领导小组). The escalated step gets its own
 * due date, `tierDeadlineAt`: the limit of the request class named by header `deadlineClass`,
 * counted from the escalation (e.g. 第十条 共性类 15 个工作日 for the leadership group), or none —
 * never the deadline just missed. The case's own deadline stays, so a late case stays late.
 */
export function createEscalationWorker(deps: WorkerDeps): JobWorker {
  return definitionWorker(deps, jobTypes.escalate, ['tier'], async (job, { mechanism, calendar }) => {
    const targetId = job.headers.toTier ?? mechanism.reminder?.escalateToTier;
    if (!targetId) return fail('no header toTier and no reminder.escalateToTier to escalate to', false);
    const target = mechanism.tiers.find((t) => t.id === targetId);
    if (!target) return fail(`escalation tier '${targetId}' is not defined`, false);
    const now = deps.clock.now();
    const at = now.toISOString();
    const className = job.headers.deadlineClass;
    const cls = className === undefined ? null : mechanism.requestClasses.find((c) => c.id === className);
    if (cls === undefined)
      return fail(`header deadlineClass '${String(className)}' is not a request class`, false);
    const tierDeadlineAt =
      cls?.workingDays === null || cls === null
        ? null
        : calendar.addWorkingDays(now, cls.workingDays).toISOString();
    return complete({ tier: target.id, handlerGroups: [target.group], escalated: true, tierDeadlineAt }, [
      { kind: 'case.update', id: job.businessKey, patch: { tier: target.id, updatedAt: at } },
      jobEvent(job, at, 'escalated', {
        from: String(job.variables.tier),
        to: target.id,
        dueAt: tierDeadlineAt,
      }),
    ]);
  });
}
