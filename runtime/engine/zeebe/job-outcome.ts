import type { JsonObject } from '../../common/json.js';
import { thrownOutcome, type Job, type JobOutcome, type JobWorker } from '../job-worker.js';

/** Runs a worker; a thrown exception is a failure as in the embedded adapter (`thrownOutcome`). */
export async function runWorker(worker: JobWorker, job: Job): Promise<JobOutcome> {
  try {
    return await worker.handler(job);
  } catch (e) {
    return thrownOutcome(e);
  }
}

/**
 * Zeebe's fail-job arguments for a failed outcome, with the embedded adapter's back-off: base,
 * 2×base, 4×base… counted from the retries the element is configured with.
 */
export function failArguments(
  outcome: Extract<JobOutcome, { outcome: 'fail' }>,
  job: { retries: number; type: string },
  configuredRetries: number,
  baseBackoffMs: number,
): { retries: number; retryBackOff: number; errorMessage: string } {
  const retries = outcome.retryable ? Math.max(0, job.retries - 1) : 0;
  const failuresSoFar = Math.max(1, configuredRetries - retries);
  const retryBackOff = retries > 0 ? (outcome.backoffMs ?? baseBackoffMs * 2 ** (failuresSoFar - 1)) : 0;
  return { retries, retryBackOff, errorMessage: `${job.type}: ${outcome.message}` };
}

export type { JsonObject };
