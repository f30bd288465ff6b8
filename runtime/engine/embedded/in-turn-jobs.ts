import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord, JobRecord } from '../../store/records.js';
import type { JobWorker } from '../job-worker.js';

/** Jobs one step may run in its own turn before committing (guards a model's loop of service tasks). */
export const inTurnLimit = 8;

/**
 * A step's writes, reconciled but not yet committed: what a job run in the same turn adds to, and
 * what is committed alone (with the instance's state as `snapshot`) if that job breaks the instance.
 */
export interface StagedStep {
  writes: Mutation[];
  /** The instance record as of these writes (a deep copy: the live instance moves on). */
  snapshot: EngineInstanceRecord;
  /** Calls this step cancelled: their children are terminated after the commit. */
  cancelled: string[];
  /** Jobs already run in this turn (each runs once). */
  ran: string[];
}

/**
 * The job this step created that may run in the same turn (一次提交): still open and due now, its
 * worker in this process and declared `inTurn` (it reads nothing the step's uncommitted writes
 * change; `afterStart` workers not in an instance's first step, whose case may be uncommitted).
 * Call activities and external workers are left to the drive/poller as before.
 */
export function inTurnJob(
  step: StagedStep,
  workers: ReadonlyMap<string, JobWorker>,
  now: string,
  open: (jobKey: string) => boolean,
  firstStep: boolean,
): { job: JobRecord; worker: JobWorker } | null {
  if (step.ran.length >= inTurnLimit) return null;
  for (const m of step.writes) {
    if (m.kind !== 'job.insert' || step.ran.includes(m.record.jobKey)) continue;
    const worker = workers.get(m.record.type);
    const allowed = worker?.inTurn === 'always' || (worker?.inTurn === 'afterStart' && !firstStep);
    if (worker && allowed && m.record.runAfter <= now && open(m.record.jobKey))
      return { job: m.record, worker };
  }
  return null;
}
