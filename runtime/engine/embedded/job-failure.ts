import { ExpressionBudgetError } from '../../common/errors.js';
import type { Mutation } from '../../store/mutations.js';
import type { JobRecord } from '../../store/records.js';
import type { EngineEvent, EngineProjector } from '../engine.js';
import type { JobOutcome } from '../job-worker.js';

export interface FailureContext {
  now: Date;
  baseBackoffMs: number;
  /** Retries the element is configured with, to number the attempts. */
  configuredRetries: number;
}

export type Failure = Exclude<JobOutcome, { outcome: 'complete' | 'bpmnError' }>;

/**
 * A failed job: retryable failures back off exponentially (base, 2×base, 4×base…) while retries
 * remain; otherwise the job is failed and needs an incident (returned as `null` backoff).
 */
export function retryOrFail(
  job: JobRecord,
  failure: Failure,
  ctx: FailureContext,
): { mutation: Mutation; incident: boolean } {
  const retries = failure.retryable ? job.retries - 1 : 0;
  if (retries > 0) {
    const failuresSoFar = Math.max(1, ctx.configuredRetries - retries);
    const backoff = failure.backoffMs ?? ctx.baseBackoffMs * 2 ** (failuresSoFar - 1);
    const runAfter = new Date(ctx.now.getTime() + backoff).toISOString();
    return {
      mutation: {
        kind: 'job.update',
        jobKey: job.jobKey,
        patch: { retries, runAfter, error: failure.message },
      },
      incident: false,
    };
  }
  return {
    mutation: {
      kind: 'job.update',
      jobKey: job.jobKey,
      patch: { status: 'failed', retries: 0, error: failure.message },
    },
    incident: true,
  };
}

/** A failed job's writes, given the retries its element is configured with (bound to the engine's clock). */
export type FailureWrites = (
  job: JobRecord,
  failure: Failure,
  configuredRetries: number,
) => Promise<Mutation[]>;

/** A failed job's writes: its retry, or its failure with the projected incident. */
export async function failureWrites(
  job: JobRecord,
  failure: Failure,
  ctx: FailureContext,
  projector: EngineProjector,
): Promise<Mutation[]> {
  const { mutation, incident } = retryOrFail(job, failure, ctx);
  if (!incident) return [mutation];
  const { instanceKey, businessKey, elementId } = job;
  const raised: EngineEvent = {
    type: 'incident',
    incidentKey: `${job.jobKey}@${ctx.now.toISOString()}`,
    jobKey: job.jobKey,
    instanceKey,
    businessKey,
    elementId,
    message: `${job.type}: ${failure.message}`,
  };
  return [mutation, ...(await projector.project(raised))];
}

/**
 * The ExpressionBudgetError behind a failed step, if that is what failed it: bpmn-elements wraps
 * an error thrown while it evaluates a condition (keeping `code`, the original as `inner`).
 */
export function budgetExceeded(error: unknown): ExpressionBudgetError | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof ExpressionBudgetError) return e;
    const { code, inner, cause, message } = e as {
      code?: unknown;
      inner?: unknown;
      cause?: unknown;
      message?: unknown;
    };
    if (code === 'expression_budget_exceeded' && !inner && !cause)
      return new ExpressionBudgetError(typeof message === 'string' ? message : 'expression_budget_exceeded');
    e = inner ?? cause;
  }
  return null;
}

export type BpmnErrorOutcome = Extract<JobOutcome, { outcome: 'bpmnError' }>;

/** A BPMN error nothing catches: like Zeebe, an incident (no retries). */
export function uncaught(outcome: BpmnErrorOutcome): Failure {
  return {
    outcome: 'fail',
    retryable: false,
    message: `uncaught BPMN error ${outcome.errorCode}: ${outcome.message}`,
  };
}
