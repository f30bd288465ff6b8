import type { Clock } from '../../common/clock.js';
import type { CaseSteppingEngine } from '../engine.js';

/** What a step tells the case workflow: whether to go on, and how long to sleep (null: until woken). */
export interface CaseStep {
  processed: number;
  active: boolean;
  sleepMs: number | null;
}

export interface CaseActivities {
  stepCase(businessKey: string): Promise<CaseStep>;
}

/**
 * The activities a replica's Temporal worker runs: any replica may run any case's step. A step is
 * the embedded interpreter's (per-instance lock and lease, one Store transaction per step with the
 * expected revision), so a retried or duplicated activity finds the timer fired or the job done and
 * steps nothing twice. The sleep is measured on the platform's clock (a test's manual clock too).
 */
export function caseActivities(engine: CaseSteppingEngine, clock: Clock): CaseActivities {
  return {
    async stepCase(businessKey) {
      const due = await engine.runCaseDue(businessKey);
      const sleepMs = due.nextDueAt === null ? null : Date.parse(due.nextDueAt) - clock.now().getTime();
      return { processed: due.processed, active: due.active, sleepMs };
    },
  };
}
