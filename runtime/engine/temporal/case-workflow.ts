/**
 * The one workflow per root process instance of a case (the case's process; a 督办单 supervision
 * order runs its own), started by the first due instant reported for it — Temporal bundles this file with webpack and replays it: deterministic, no
 * I/O, imports only `@temporalio/workflow`, its names and types. It owns the instance's durable
 * timer: step its due work and its called children's (an activity: the embedded interpreter, state
 * in the Store), then sleep until the next due instant the step reported or until woken (a signal
 * after an API call armed something; the signal carries the earliest instant the call's commits armed,
 * so the workflow only moves its timer earlier — no step). `runDue` (an update) steps it now and returns how many instances it
 * stepped: how a test's manual clock drives it.
 */
import * as wf from '@temporalio/workflow';
import type { CaseActivities, CaseDue, CaseStep } from './case-activities.js';
import { runDueUpdateName, wakeSignalName } from './case-workflow-names.js';

const wakeSignal = wf.defineSignal<[CaseDue?]>(wakeSignalName);
const runDueUpdate = wf.defineUpdate<number>(runDueUpdateName);

const stepOptions = {
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
} as const;
/** Before the `local-step` patch: the step was an activity task through the server (kept for replay). */
const remote = wf.proxyActivities<CaseActivities>(stepOptions);
/**
 * A local activity: the replica running the workflow task steps the case itself — no activity task
 * scheduled, polled and completed through the server. A replica killed mid-step loses its workflow
 * task; the server hands it to another replica after its timeout, which steps again (the step is
 * idempotent: lease, revision).
 */
const local = wf.proxyLocalActivities<CaseActivities>(stepOptions);

function stepCase(rootKey: string): Promise<CaseStep> {
  return wf.patched('local-step') ? local.stepCase(rootKey) : remote.stepCase(rootKey);
}

/** Sleep at least this long when due work was left (another replica holds the instance). */
const minSleepMs = 1000;

/**
 * `due`: the earliest instant the API call that started the workflow armed (signalWithStart);
 * absent (continued as new, swept), the workflow steps first. `startDelayed`: the workflow was started
 * with that due as its start delay (Temporal dispatches no workflow task until then), so the due
 * counts from the start, not from this first activation: when the delay ran out it is due now (one
 * step, no second sleep); when a signal-with-start or an update cut the delay short, it is a timer
 * still to arm. Absent in histories started before the delay — they take the old reading, unchanged.
 */
export async function caseWorkflow(rootKey: string, due?: CaseDue, startDelayed?: boolean): Promise<void> {
  /** A wake asked for a step (no due instant given, due now, or the case ended). */
  let woken = false;
  /** The earliest instant (workflow time) a wake reported since the last step began; null: none. */
  let reportedAt: number | null = null;
  let reports = 0;
  /** `from`: the workflow-time instant the report's sleep counts from (now: the signal's activation). */
  const report = (reported: CaseDue | undefined, from = Date.now()) => {
    if (!reported || !reported.active || (reported.sleepMs !== null && reported.sleepMs <= 0)) woken = true;
    else if (reported.sleepMs !== null && (reportedAt === null || from + reported.sleepMs < reportedAt)) {
      reportedAt = from + reported.sleepMs;
      reports++;
    }
  };
  wf.setHandler(wakeSignal, report);
  wf.setHandler(runDueUpdate, async () => (await stepCase(rootKey)).processed);
  let stepped: number | null = null; // when the last step said to step again
  // started with a delay: the start event's time (server clock, as workflow time is) plus the delay
  if (due) report(due, startDelayed ? wf.workflowInfo().startTime.getTime() : Date.now());
  let step = !due || woken;
  for (;;) {
    if (step) {
      woken = false;
      reportedAt = null;
      const result: CaseStep = await stepCase(rootKey);
      if (!result.active) return;
      stepped = result.sleepMs === null ? null : Date.now() + Math.max(minSleepMs, result.sleepMs);
    }
    step = true;
    // sleep until the earlier of the step's and the reported instants, or until a wake asks for a step
    while (!woken) {
      const seen = reports;
      const until = earliest(stepped, reportedAt);
      const changed = () => woken || reports !== seen;
      if (until === null) await wf.condition(changed);
      else if (until <= Date.now() || !(await wf.condition(changed, until - Date.now()))) break;
    }
    if (wf.workflowInfo().continueAsNewSuggested) await wf.continueAsNew<typeof caseWorkflow>(rootKey);
  }
}

function earliest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}
