/**
 * The one workflow per root process instance of a case (the case's process; a 督办单 supervision
 * order runs its own) — Temporal bundles this file with webpack and replays it: deterministic, no
 * I/O, imports only `@temporalio/workflow`, its names and types. It owns the instance's durable
 * timer: step its due work and its called children's (an activity: the embedded interpreter, state
 * in the Store), then sleep until the next due instant the step reported or until woken (a signal
 * after an API call changed it). `runDue` (an update) steps it now and returns how many instances it
 * stepped: how a test's manual clock drives it.
 */
import * as wf from '@temporalio/workflow';
import type { CaseActivities, CaseStep } from './case-activities.js';
import { runDueUpdateName, wakeSignalName } from './case-workflow-names.js';

const wakeSignal = wf.defineSignal(wakeSignalName);
const runDueUpdate = wf.defineUpdate<number>(runDueUpdateName);

const { stepCase } = wf.proxyActivities<CaseActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Sleep at least this long when due work was left (another replica holds the instance). */
const minSleepMs = 1000;

export async function caseWorkflow(rootKey: string): Promise<void> {
  let woken = false;
  wf.setHandler(wakeSignal, () => {
    woken = true;
  });
  wf.setHandler(runDueUpdate, async () => (await stepCase(rootKey)).processed);
  for (;;) {
    woken = false;
    const step: CaseStep = await stepCase(rootKey);
    if (!step.active) return;
    if (step.sleepMs === null) await wf.condition(() => woken);
    else await wf.condition(() => woken, Math.max(minSleepMs, step.sleepMs));
    if (wf.workflowInfo().continueAsNewSuggested) await wf.continueAsNew<typeof caseWorkflow>(rootKey);
  }
}
