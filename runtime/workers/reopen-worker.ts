import type { JsonObject } from '../common/json.js';
import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobEvent } from './case-event.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { definitionWorker, type WorkerDeps } from './worker-deps.js';

/**
 * 重办 / 二次交办: a rating that does not close the case sends it back for another round; after
 * `evaluation.maxReopenRounds` rounds it goes to the top tier instead (`reopenToTop`).
 */
export function createReopenWorker(deps: WorkerDeps): JobWorker {
  return definitionWorker(deps, jobTypes.reopen, [], async (job, { mechanism }) => {
    const round = Number(job.variables.reopenRounds ?? 0) + 1;
    const top = [...mechanism.tiers].sort((a, b) => b.order - a.order)[0];
    const toTop = round > mechanism.evaluation.maxReopenRounds;
    const at = deps.clock.now().toISOString();
    const variables: JsonObject =
      toTop && top
        ? { reopenRounds: round, reopenToTop: true, tier: top.id, handlerGroups: [top.group] }
        : { reopenRounds: round, reopenToTop: false };
    return complete(variables, [
      {
        kind: 'case.update',
        id: job.businessKey,
        patch: { status: 'open', closedAt: null, ...(toTop && top ? { tier: top.id } : {}), updatedAt: at },
      },
      jobEvent(job, at, 'reopened', { round, toTopTier: toTop }),
    ]);
  });
}
