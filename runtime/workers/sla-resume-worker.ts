import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobEvent } from './case-event.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { deadlineAfterPause, firstReminderAfter } from '../calendar/sla-clock.js';
import type { WorkerDeps } from './worker-deps.js';

/** Restarts a paused SLA clock: the deadline moves by the working days the case stood still. */
export function createSlaResumeWorker(deps: WorkerDeps): JobWorker {
  return {
    type: jobTypes.resume,
    inputSchema: { type: 'object', required: ['caseId', 'jurisdiction', 'definitionVersion'] },
    async handler(job) {
      const kase = await deps.cases.get(job.businessKey);
      if (!kase?.slaPausedAt) return complete({ slaPaused: false });
      const { calendar } = await deps.catalog.forVariables(job.variables);
      const now = deps.clock.now();
      const at = now.toISOString();
      if (!kase.deadlineAt) {
        return complete({ slaPaused: false }, [
          { kind: 'case.update', id: kase.id, patch: { slaPausedAt: null, updatedAt: at } },
          jobEvent(job, at, 'sla.resumed', { pausedAt: kase.slaPausedAt }),
        ]);
      }
      const deadline = deadlineAfterPause(
        calendar,
        new Date(kase.deadlineAt),
        new Date(kase.slaPausedAt),
        now,
      );
      const deadlineAt = deadline.toISOString();
      return complete(
        {
          slaPaused: false,
          deadlineAt,
          firstReminderAt: firstReminderAfter(calendar, deadline).toISOString(),
        },
        [
          { kind: 'case.update', id: kase.id, patch: { slaPausedAt: null, deadlineAt, updatedAt: at } },
          jobEvent(job, at, 'sla.resumed', { pausedAt: kase.slaPausedAt, deadlineAt }),
        ],
      );
    },
  };
}
