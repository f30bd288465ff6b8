import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { definitionWorker, type WorkerDeps } from './worker-deps.js';
import { jobEvent } from './case-event.js';

/**
 * 受理审查建议: evaluates the jurisdiction's jsonata admissibility and class-suggestion rules on the
 * request, so the office's reviewer sees a suggested refusal reason (第九条) and class (第七条).
 */
export function createAdmissibilityWorker(deps: WorkerDeps): JobWorker {
  const worker = definitionWorker(deps, jobTypes.admissibility, ['data'], async (job, active) => {
    const input = { data: job.variables.data ?? null, channel: job.variables.channel ?? null };
    const values = await active.routing(['admissibility', 'classSuggestion'], input);
    const [refusal = null, suggestion = null] = values.map((v) => (typeof v === 'string' ? v : null));
    const at = deps.clock.now().toISOString();
    return complete({ refusalSuggestion: refusal, classSuggestion: suggestion }, [
      jobEvent(job, at, 'admissibility.assessed', {
        refusalSuggestion: refusal,
        classSuggestion: suggestion,
      }),
    ]);
  });
  // reads only the job and the catalogue: may run in the turn of the step that created it
  return { ...worker, inTurn: 'always' };
}
