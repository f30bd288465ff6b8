import { complete, fail } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobEvent } from './case-event.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import type { WorkerDeps } from './worker-deps.js';

/** 督办单: writes the target unit's answer onto the supervision order and the case timeline. */
export function createSupervisionAnswerWorker(deps: WorkerDeps): JobWorker {
  return {
    type: jobTypes.answerSupervision,
    inputSchema: { type: 'object', required: ['supervisionId', 'answer', 'jurisdiction'] },
    async handler(job) {
      const id = job.variables.supervisionId;
      if (typeof id !== 'string') return fail('supervisionId missing', false);
      const at = deps.clock.now().toISOString();
      const answer = String(job.variables.answer ?? '');
      const answeredBy =
        typeof job.variables.lastCompletedBy === 'string' ? job.variables.lastCompletedBy : null;
      return complete(undefined, [
        { kind: 'supervision.update', id, patch: { status: 'answered', answeredAt: at, answeredBy, answer } },
        jobEvent(job, at, 'supervision.answered', { supervisionId: id, answer }),
      ]);
    },
  };
}
