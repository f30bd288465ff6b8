import { ratingId } from '../cases/rating-round.js';
import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from './job-types.js';
import type { WorkerDeps } from './worker-deps.js';
import { jobEvent } from './case-event.js';

/** 自动评价: the enterprise did not rate in time, so the mechanism's default level is recorded (5个工作日未评价的，视作满意). */
export function createAutoRatingWorker(deps: WorkerDeps): JobWorker {
  return {
    type: jobTypes.autoRate,
    inputSchema: { type: 'object', required: ['jurisdiction', 'definitionVersion'] },
    async handler(job) {
      const { mechanism } = await deps.catalog.forVariables(job.variables);
      const level =
        mechanism.evaluation.autoRating?.level ?? mechanism.evaluation.levels[0]?.id ?? 'satisfied';
      const at = deps.clock.now().toISOString();
      const round = Number(job.variables.reopenRounds ?? 0);
      return complete({ rating: { level, auto: true } }, [
        {
          kind: 'rating.insert',
          record: {
            id: ratingId(job.businessKey, round),
            caseId: job.businessKey,
            jurisdiction: String(job.variables.jurisdiction),
            level,
            stars: {},
            comment: null,
            auto: true,
            at,
            by: 'system',
            round,
          },
        },
        jobEvent(job, at, 'rated', { level, auto: true }),
      ]);
    },
  };
}
