import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobEvent } from './case-event.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { definitionWorker, type WorkerDeps } from './worker-deps.js';

/**
 * Stops the SLA clock for the reason in the `reason` header (`supplement` or `return-review`), when
 * the mechanism says that reason pauses it (sla.pausesForSupplement / pausesForReturnReview).
 */
export function createSlaPauseWorker(deps: WorkerDeps): JobWorker {
  return definitionWorker(deps, jobTypes.pause, ['caseId'], async (job, { mechanism }) => {
    const reason = job.headers.reason ?? 'supplement';
    const pauses =
      reason === 'return-review' ? mechanism.sla.pausesForReturnReview : mechanism.sla.pausesForSupplement;
    const kase = await deps.cases.get(job.businessKey);
    if (!pauses || !kase || kase.slaPausedAt) return complete({ slaPaused: Boolean(kase?.slaPausedAt) });
    const at = deps.clock.now().toISOString();
    return complete({ slaPaused: true }, [
      { kind: 'case.update', id: job.businessKey, patch: { slaPausedAt: at, updatedAt: at } },
      jobEvent(job, at, 'sla.paused', { reason }),
    ]);
  });
}
