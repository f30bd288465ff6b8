import { complete, fail } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import type { JsonObject } from '../common/json.js';
import { jobEvent } from './case-event.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import type { WorkerDeps } from './worker-deps.js';

/**
 * Records a domain event on the case timeline from the model itself: header `event` names it,
 * header `fields` (comma-separated) lists the process variables copied into its data.
 */
export function createEventWorker(deps: WorkerDeps): JobWorker {
  return {
    type: jobTypes.recordEvent,
    inputSchema: { type: 'object', required: ['jurisdiction'] },
    inTurn: 'always', // reads only the job
    async handler(job) {
      const type = job.headers.event;
      if (!type) return fail('header "event" is required', false);
      const data: JsonObject = {};
      for (const field of (job.headers.fields ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)) {
        data[field] = job.variables[field] ?? null;
      }
      return complete(undefined, [jobEvent(job, deps.clock.now().toISOString(), type, data)]);
    },
  };
}
