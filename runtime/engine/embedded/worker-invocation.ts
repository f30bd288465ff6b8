import type { JsonObject } from '../../common/json.js';
import type { Mutation } from '../../store/mutations.js';
import type { JobRecord } from '../../store/records.js';
import { thrownOutcome, type JobOutcome, type JobWorker } from '../job-worker.js';
import { budgetExceeded, uncaught, type BpmnErrorOutcome, type Failure } from './job-failure.js';
import type { LiveInstance } from './live-instance.js';

/** An uncaught BPMN error or an exceeded budget: the job's incident; the instance keeps its last committed state. */
export type BrokenVerdict = { kind: 'broken'; failure: Failure };

/**
 * What a worker's outcome did to the live instance: the one decision the job driver (committing
 * it at once) and an in-turn job (staging it into the running commit) both act on.
 */
export type JobVerdict =
  /** The job completed, or an error boundary event caught its BPMN error: the instance moved on. */
  | { kind: 'advanced'; effects: Mutation[] }
  /** The worker failed: the job's retry or incident, numbered by the element's configured retries. */
  | { kind: 'failed'; failure: Failure; configuredRetries: number }
  | BrokenVerdict
  /** The job was no longer waiting: nothing to write. */
  | { kind: 'stale' };

/**
 * Runs the worker on the job and applies its outcome to the live instance. An error it throws
 * (an expression past its budget in the flow after the job) is the caller's: its catch also spans
 * writing the verdict, where the same budget may run out (`thrownVerdict`).
 */
export async function runWorker(live: LiveInstance, job: JobRecord, worker: JobWorker): Promise<JobVerdict> {
  const outcome = await invokeWorker(worker, job, { ...live.variables, ...job.variables });
  if (outcome.outcome === 'complete') {
    if (!(await live.completeJob(job.jobKey, outcome.variables ?? {}))) return { kind: 'stale' };
    return { kind: 'advanced', effects: outcome.effects ?? [] };
  }
  if (outcome.outcome === 'bpmnError') {
    if (await throwCaught(live, job, outcome)) return { kind: 'advanced', effects: [] };
    // Nothing catches it: like Zeebe, an incident.
    return { kind: 'broken', failure: uncaught(outcome) };
  }
  return { kind: 'failed', failure: outcome, configuredRetries: live.configuredRetries(job.elementId) };
}

/**
 * An error thrown while a job's step ran or was written: an admin expression past its budget (a
 * FEEL condition or mapping) fails the job for good — retrying would run it away again — and breaks
 * the instance; any other error is rethrown, the caller's.
 */
export function thrownVerdict(error: unknown): BrokenVerdict {
  const exceeded = budgetExceeded(error);
  if (!exceeded) throw error;
  return { kind: 'broken', failure: { outcome: 'fail', retryable: false, message: exceeded.message } };
}

/** Runs a worker on a job; a thrown exception is a failure (`thrownOutcome`), never a crash of the step. */
async function invokeWorker(worker: JobWorker, job: JobRecord, variables: JsonObject): Promise<JobOutcome> {
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
function throwCaught(live: LiveInstance, job: JobRecord, outcome: BpmnErrorOutcome): Promise<boolean> {
  return live
    .throwJobError(job.jobKey, outcome.errorCode, outcome.message, outcome.variables ?? {})
    .then(() => true)
    .catch(() => false);
}
