/**
 * The one workflow per case (Temporal bundles this file with webpack and replays it: deterministic,
 * no I/O, imports only `@temporalio/workflow` and types). It owns the case's durable timer: step the
 * case's due work (an activity: the embedded interpreter, state in the Store), then sleep until the
 * next due instant the step reported or until woken (a signal after an API call changed the case).
 * `runDue` (an update) steps the case now and returns how many instances it stepped: how a test's
 * manual clock, or a backstop sweep, drives it.
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

export async function caseWorkflow(businessKey: string): Promise<void> {
  let woken = false;
  wf.setHandler(wakeSignal, () => {
    woken = true;
  });
  wf.setHandler(runDueUpdate, async () => (await stepCase(businessKey)).processed);
  for (;;) {
    woken = false;
    const step: CaseStep = await stepCase(businessKey);
    if (!step.active) return;
    if (step.sleepMs === null) await wf.condition(() => woken);
    else await wf.condition(() => woken, Math.max(minSleepMs, step.sleepMs));
    if (wf.workflowInfo().continueAsNewSuggested) await wf.continueAsNew<typeof caseWorkflow>(businessKey);
  }
}
