import type { Clock } from '../../common/clock.js';
import type { InstanceSteppingEngine } from '../engine.js';

/** What a step tells the case workflow: whether to go on, and how long to sleep (null: until woken). */
export interface CaseStep extends CaseDue {
  processed: number;
}

/** Whether the case goes on, and in how many ms its tree falls due (null: nothing armed). */
export interface CaseDue {
  active: boolean;
  sleepMs: number | null;
}

/** The due instant of an instance tree as its workflow takes it: ms from now on the platform's clock. */
export function caseDue(due: { nextDueAt: string | null; active: boolean }, clock: Clock): CaseDue {
  const sleepMs = due.nextDueAt === null ? null : Date.parse(due.nextDueAt) - clock.now().getTime();
  return { active: due.active, sleepMs };
}

export interface CaseActivities {
  /** Steps the due work of a root instance (and its called children). */
  stepCase(rootKey: string): Promise<CaseStep>;
}

/**
 * The activities a replica's Temporal worker runs: any replica may run any instance's step. A step is
 * the embedded interpreter's (per-instance lock and lease, one Store transaction per step with the
 * expected revision), so a retried or duplicated activity finds the timer fired or the job done and
 * steps nothing twice. The sleep is measured on the platform's clock (a test's manual clock too).
 */
export function caseActivities(engine: InstanceSteppingEngine, clock: Clock): CaseActivities {
  return {
    async stepCase(rootKey) {
      const due = await engine.runInstanceDue(rootKey);
      return { processed: due.processed, ...caseDue(due, clock) };
    },
  };
}
