import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import type { WorkerDeps } from './worker-deps.js';
import { jobEvent, str } from './case-event.js';

/** 办结: closes the case with the outcome named in the task header (`answered` or `refused`). */
export function createCloseWorker(deps: WorkerDeps): JobWorker {
  return {
    type: jobTypes.close,
    inputSchema: { type: 'object', required: ['jurisdiction'] },
    async handler(job) {
      const at = deps.clock.now().toISOString();
      const outcome = job.headers.outcome ?? 'answered';
      const status = outcome === 'refused' ? 'refused' : 'closed';
      const detail = outcome === 'refused' ? str(job.variables.refusalReason) : str(job.variables.resolution);
      return complete({ closedAt: at }, [
        {
          kind: 'case.update',
          id: job.businessKey,
          patch: { status, closedAt: at, outcome: detail ?? outcome, updatedAt: at },
        },
        jobEvent(job, at, 'closed', { status, outcome: detail ?? outcome }),
      ]);
    },
  };
}
