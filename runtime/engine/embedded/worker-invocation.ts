import type { JsonObject } from '../../common/json.js';
import type { JobRecord } from '../../store/records.js';
import { thrownOutcome, type JobOutcome, type JobWorker } from '../job-worker.js';
import type { BpmnErrorOutcome } from './job-failure.js';
import type { LiveInstance } from './live-instance.js';

/** Runs a worker on a job; a thrown exception is a failure (`thrownOutcome`), never a crash of the step. */
export async function invokeWorker(
  worker: JobWorker,
  job: JobRecord,
  variables: JsonObject,
): Promise<JobOutcome> {
  try {
    return await worker.handler({
      jobKey: job.jobKey,
      type: job.type,
      instanceKey: job.instanceKey,
      businessKey: job.businessKey,
      elementId: job.elementId,
      retries: job.retries,
      variables,
      headers: job.headers,
    });
  } catch (e) {
    return thrownOutcome(e);
  }
}

/** Throws the worker's BPMN error into the instance: true when an error boundary event caught it. */
export function throwCaught(live: LiveInstance, job: JobRecord, outcome: BpmnErrorOutcome): Promise<boolean> {
  return live
    .throwJobError(job.jobKey, outcome.errorCode, outcome.message, outcome.variables ?? {})
    .then(() => true)
    .catch(() => false);
}
