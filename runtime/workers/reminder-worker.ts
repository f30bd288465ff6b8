import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from './job-types.js';
import type { WorkerDeps } from './worker-deps.js';
import { jobEvent } from './case-event.js';

/**
 * 催办 reminder: once the handling deadline has passed, urge the handling unit every
 * `intervalWorkingDays` working days and record each urging; after `maxBeforeEscalation` urgings
 * without result, signal escalation (第十一条), unless the case already sits at that tier.
 */
export function createReminderWorker(deps: WorkerDeps): JobWorker {
  return {
    type: jobTypes.remind,
    inputSchema: { type: 'object', required: ['urgeCount', 'tier', 'jurisdiction', 'definitionVersion'] },
    async handler(job) {
      const { mechanism, calendar } = await deps.catalog.forVariables(job.variables);
      const policy = mechanism.reminder;
      const count = Number(job.variables.urgeCount ?? 0);
      const now = deps.clock.now();
      const at = now.toISOString();
      const order = (id: unknown) => mechanism.tiers.find((t) => t.id === id)?.order ?? 0;
      const canEscalate = order(job.variables.tier) < order(policy.escalateToTier);
      if (count >= policy.maxBeforeEscalation && canEscalate) {
        return complete({ escalate: true }, [jobEvent(job, at, 'urging.exhausted', { urgings: count })]);
      }
      let next = now;
      for (let i = 0; i < policy.intervalWorkingDays; i++) next = calendar.startOfNextWorkingDay(next);
      const urged = count + 1;
      return complete({ urgeCount: urged, escalate: false, nextReminderAt: next.toISOString() }, [
        jobEvent(job, at, 'urged', {
          count: urged,
          tier: String(job.variables.tier),
          groups: job.variables.handlerGroups ?? [],
        }),
        { kind: 'case.update', id: job.businessKey, patch: { updatedAt: at } },
      ]);
    },
  };
}
