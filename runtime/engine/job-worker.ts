import { ExpressionBudgetError } from '../common/errors.js';
import type { JsonObject } from '../common/json.js';
import type { Mutation } from '../store/mutations.js';

/** What a worker receives: the job and the process variables visible to it. */
export interface Job {
  jobKey: string;
  type: string;
  instanceKey: string;
  businessKey: string;
  elementId: string;
  retries: number;
  variables: JsonObject;
  headers: Record<string, string>;
}

/**
 * Every worker path ends in exactly one of these (the type forces it): complete with variables
 * and store effects, fail (retryable or not), or throw a BPMN error the model can catch.
 */
export type JobOutcome =
  | { outcome: 'complete'; variables?: JsonObject; effects?: Mutation[] }
  | { outcome: 'fail'; retryable: boolean; message: string; backoffMs?: number }
  | { outcome: 'bpmnError'; errorCode: string; message: string; variables?: JsonObject };

/** An engine-agnostic worker, keyed by BPMN job type (`zeebe:taskDefinition type`). */
export interface JobWorker {
  type: string;
  /** JSON Schema of the variables the worker reads (documented, checked in tests). */
  inputSchema: JsonObject;
  handler(job: Job): Promise<JobOutcome>;
  /**
   * When an engine may run the job in the turn of the step that created it and commit both at
   * once (the worker acting only through its outcome): `always` — the handler reads no store state
   * (only the job, the catalogue, the clock); `afterStart` — it also reads immutable fields of the
   * case, which exists once the instance's first step is committed. Unset: a step of its own.
   */
  inTurn?: 'always' | 'afterStart';
}

export const complete = (variables?: JsonObject, effects?: Mutation[]): JobOutcome => ({
  outcome: 'complete',
  ...(variables ? { variables } : {}),
  ...(effects ? { effects } : {}),
});

export const fail = (message: string, retryable: boolean): JobOutcome => ({
  outcome: 'fail',
  message,
  retryable,
});

/**
 * A worker's exception as an outcome, the same on every engine: an admin-written expression past
 * its budget fails for good (an incident at once — retrying would run it away again); anything
 * else is a retryable failure.
 */
export function thrownOutcome(error: unknown): JobOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return { outcome: 'fail', retryable: !(error instanceof ExpressionBudgetError), message };
}
