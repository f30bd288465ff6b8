import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { definitionWorker, type WorkerDeps } from './worker-deps.js';
import { jobEvent, str } from './case-event.js';
import { withUnitNames } from '../definitions/unit-names.js';

/**
 * Records the answer to the enterprise and opens the rating period: if the enterprise does not
 * rate within `autoRating.afterWorkingDays` working days the default level applies (第十三条);
 * without an automatic rating, after `unrated.afterWorkingDays` the case closes as 未评价.
 */
export function createAnswerWorker(deps: WorkerDeps): JobWorker {
  return definitionWorker(deps, jobTypes.answer, ['answer'], async (job, { mechanism, calendar }) => {
    const now = deps.clock.now();
    const at = now.toISOString();
    const { autoRating, unrated } = mechanism.evaluation;
    const days = autoRating?.afterWorkingDays ?? unrated?.afterWorkingDays ?? 3650;
    const autoRateAt = calendar.addWorkingDays(now, days).toISOString();
    const deadline = str(job.variables.deadlineAt);
    const onTime = deadline === null || at <= deadline;
    return complete({ answeredAt: at, autoRateAt, answeredOnTime: onTime }, [
      {
        kind: 'case.update',
        id: job.businessKey,
        patch: { outcome: str(job.variables.resolution), answeredAt: at, updatedAt: at },
      },
      jobEvent(job, at, 'answered', {
        // the enterprise reads units by name (co-unit opinions are joined into the answer by group id)
        answer: withUnitNames(String(job.variables.answer ?? ''), mechanism),
        resolution: str(job.variables.resolution),
        onTime,
      }),
    ]);
  });
}
