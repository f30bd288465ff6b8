import { ratingId } from '../cases/rating-round.js';
import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { definitionWorker, type WorkerDeps } from './worker-deps.js';
import { jobEvent } from './case-event.js';

/**
 * The rating window ran out. Where the text prescribes an automatic rating (嘉兴经开区 第十三条
 * "5个工作日未评价的，视作满意") its level is recorded. Otherwise the case is **未评价** (unrated): no
 * level is recorded — it is left out of the 满意率 and counted on its own — and the process goes on
 * to close it (`rating.level` is null).
 */
export function createAutoRatingWorker(deps: WorkerDeps): JobWorker {
  return definitionWorker(deps, jobTypes.autoRate, [], async (job, { mechanism }) => {
    const at = deps.clock.now().toISOString();
    const round = Number(job.variables.reopenRounds ?? 0);
    const auto = mechanism.evaluation.autoRating;
    if (!auto) {
      const window = mechanism.evaluation.unrated?.afterWorkingDays ?? null;
      return complete({ rating: { level: null, unrated: true } }, [
        jobEvent(job, at, 'unrated', { round, afterWorkingDays: window }),
      ]);
    }
    const level = auto.level;
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
  });
}
