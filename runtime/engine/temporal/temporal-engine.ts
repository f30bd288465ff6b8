import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { Clock } from '../../common/clock.js';
import type { Mutation } from '../../store/mutations.js';
import type { Store } from '../../store/store.js';
import type { JobWorker } from '../job-worker.js';
import { PollingLoop } from '../polling-loop.js';
import { caseActivities, caseDue, type CaseDue } from './case-activities.js';
import { CaseWorker } from './case-worker.js';
import { caseWorkflowType, runDueUpdateName, wakeSignalName } from './case-workflow-names.js';
import type { ArmedDue } from '../engine.js';
import type * as port from '../engine.js';

export interface TemporalEngineOptions {
  /** The interpreter that steps a case (the embedded engine, state in the Store). */
  stepper: port.InstanceSteppingEngine;
  store: Store;
  clock: Clock;
  /** Frontend address, e.g. `127.0.0.1:7233` (env TEMPORAL_ADDRESS). */
  address: string;
  /** Env TEMPORAL_NAMESPACE (default `default`). */
  namespace: string;
  /** Env TEMPORAL_TASK_QUEUE: every replica of one deployment polls it; it also prefixes workflow ids. */
  taskQueue: string;
  /** A prebundled case workflow (else each process bundles it with webpack at start, seconds of CPU). */
  workflowBundlePath?: string | undefined;
  /** Where a failed backstop sweep or wake, or a stopped worker, is reported (default: console.error). */
  onPollError?: (error: unknown) => void;
  /** Work overdue this long that no workflow stepped is swept up by polling (default 5 s). */
  sweepGraceMs?: number;
}

/**
 * The Temporal adapter: one workflow per root process instance (a case's process; a supervision
 * order's) owns its durable timer and retries; its activity steps the instance and its called
 * children with the embedded interpreter (state in the Store, one transaction per step). API calls
 * (start, task completion, messages…) step the instance directly, as the embedded engine does, and
 * then report to its workflow the earliest instant their commits armed, so it sleeps no later than
 * that (a case with nothing armed — waiting on a person — has no workflow until something falls due). Any replica's worker runs any
 * step; Temporal reschedules a step whose replica died.
 */
export class TemporalEngine implements port.Engine {
  readonly #stepper: port.InstanceSteppingEngine;
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #client: Client;
  readonly #taskQueue: string;
  readonly #worker: CaseWorker;
  readonly #sweepGraceMs: number;
  readonly #sweeper: PollingLoop;
  readonly #onError: (error: unknown) => void;
  /** Wakes sent after their command was answered, awaited on close. */
  readonly #wakes = new Set<Promise<void>>();

  private constructor(options: TemporalEngineOptions, client: Client, worker: CaseWorker) {
    this.#stepper = options.stepper;
    this.#store = options.store;
    this.#clock = options.clock;
    this.#client = client;
    this.#taskQueue = options.taskQueue;
    this.#worker = worker;
    this.#onError = options.onPollError ?? ((e) => console.error('temporal engine: sweep or wake failed', e));
    this.#sweeper = new PollingLoop(() => this.#sweep(), this.#onError);
    this.#sweepGraceMs = options.sweepGraceMs ?? 5000;
  }

  static async connect(options: TemporalEngineOptions): Promise<TemporalEngine> {
    const worker = await CaseWorker.start({
      address: options.address,
      namespace: options.namespace,
      taskQueue: options.taskQueue,
      workflowBundlePath: options.workflowBundlePath,
      activities: caseActivities(options.stepper, options.clock),
      onError: (e) => console.error('temporal engine: worker stopped', e),
    });
    const client = new Client({ connection: worker.connection, namespace: options.namespace });
    return new TemporalEngine(options, client, worker);
  }

  deploy(resources: port.ProcessResource[], namespace?: string): Promise<port.DeployedProcess[]> {
    return this.#stepper.deploy(resources, namespace);
  }

  start(request: port.StartRequest): Promise<{ instanceKey: string }> {
    return this.#command(() => this.#stepper.start(request));
  }

  completeUserTask(taskId: string, variables: port.Variables, effects?: Mutation[]): Promise<void> {
    return this.#command(() => this.#stepper.completeUserTask(taskId, variables, effects));
  }

  publishMessage(request: port.MessageRequest): Promise<boolean> {
    return this.#command(() => this.#stepper.publishMessage(request));
  }

  retryIncident(incident: port.IncidentRef, effects?: Mutation[]): Promise<void> {
    return this.#command(() => this.#stepper.retryIncident(incident, effects));
  }

  rescheduleCase(businessKey: string, variables: port.Variables, effects?: Mutation[]): Promise<void> {
    return this.#command(() => this.#stepper.rescheduleCase(businessKey, variables, effects));
  }

  planMigration(request: port.MigrationRequest): Promise<port.MigrationCheck> {
    return this.#stepper.planMigration(request);
  }

  migrate(request: port.MigrationRequest): Promise<port.MigrationCheck> {
    return this.#command(() => this.#stepper.migrate(request));
  }

  registerWorker(worker: JobWorker): void {
    this.#stepper.registerWorker(worker);
  }

  /**
   * Steps, through their workflows, the cases with work due now by the Store (a test's manual clock
   * moved, or a wake lost between a commit and its signal); returns how many instances were stepped.
   */
  async runDue(): Promise<number> {
    let processed = 0;
    for (const rootKey of await this.#dueRoots()) {
      const handle = this.#client.workflow.getHandle(this.#workflowId(rootKey));
      const step = () => handle.executeUpdate<number, []>(runDueUpdateName);
      // no workflow yet, or it ended (the case had no live instance then): start it, step once more
      processed += await step().catch(async () => {
        await this.#wakeToStep(rootKey);
        return step();
      });
    }
    return processed;
  }

  /**
   * The workflows' durable timers do the waking; this only sweeps for work overdue by more than
   * `sweepGraceMs` that no workflow stepped (a replica died between its commit and its signal, or
   * mid-step) and wakes those cases' workflows. So it sweeps at most five times per grace period
   * (every 1 s by default) however short `POLL_INTERVAL_MS` is: every replica sweeps, and at 200 ms
   * three replicas spent 3.5 sweeps (7 queries) per case of the scale-out bench on a backstop that
   * only acts after 5 s (bench/README, scale-out).
   */
  startPolling(intervalMs = 1000): void {
    this.#sweeper.start(Math.max(intervalMs, this.#sweepGraceMs / 5));
  }

  async close(): Promise<void> {
    await this.#sweeper.stop();
    await Promise.all([...this.#wakes]);
    await this.#worker.close(); // closes the connection the client shares
    await this.#stepper.close();
  }

  async #sweep(): Promise<void> {
    const overdue = new Date(this.#clock.now().getTime() - this.#sweepGraceMs);
    for (const rootKey of await this.#dueRoots(overdue)) await this.#wakeToStep(rootKey);
  }

  /** Root instances with a timer due or a job runnable at `at` (default now) in their tree, by the Store. */
  async #dueRoots(at = this.#clock.now()): Promise<string[]> {
    const now = at.toISOString();
    const timers = await this.#store.engine.timersDue(now, 200);
    const jobs = await this.#store.engine.jobsRunnable(now, 200);
    const roots = new Set<string>();
    for (const key of new Set([...timers, ...jobs].map((w) => w.instanceKey))) {
      const root = await this.#stepper.rootInstanceKey(key);
      if (root) roots.add(root);
    }
    return [...roots];
  }

  /**
   * Runs an API command on the interpreter, then wakes the workflows of the trees it armed or ended
   * (`#report`), without holding the answer: the command's steps are committed, so the caller is
   * answered at once (a submission waited +120–205 ms for the `signalWithStart` that creates its
   * workflow — bench/README, scale-out). A wake that fails or is lost to a crash is the sweeper's: it
   * wakes any case with work overdue by `sweepGraceMs`, exactly as for a replica killed between its
   * commit and its signal.
   */
  #command<T>(command: () => Promise<T>): Promise<T> {
    return this.#stepper.withDueReports(command, (armed) => {
      for (const due of armed) {
        const sent: Promise<void> = this.#report(due)
          .catch(this.#onError)
          .finally(() => this.#wakes.delete(sent));
        this.#wakes.add(sent);
      }
    });
  }

  /**
   * Tells a tree's workflow what a command armed in it, as the command's own writes say (nothing is
   * read, but a legacy child's root): the earliest instant it armed — the workflow only moves its
   * timer earlier, with no step, and the first such report starts it — or that the root ended, which
   * only reaches a workflow that exists, to end it. A command that armed nothing new sends nothing:
   * what the tree had armed before, its workflow already sleeps until (a case waiting on a person
   * or a message has no workflow at all), and a timer the command cleared only wakes it early to a
   * step that finds nothing due.
   */
  async #report(armed: ArmedDue): Promise<void> {
    if (!armed.ended && armed.armedAt === null) return;
    const rootKey = armed.rootKey ?? (await this.#stepper.rootInstanceKey(armed.instanceKey));
    if (!rootKey) return;
    if (armed.ended) {
      const handle = this.#client.workflow.getHandle(this.#workflowId(rootKey));
      const ended: CaseDue = { active: false, sleepMs: null };
      return handle.signal(wakeSignalName, ended).catch((error: unknown) => {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      });
    }
    await this.#signalWithStart(rootKey, [caseDue({ nextDueAt: armed.armedAt, active: true }, this.#clock)]);
  }

  /** Starts the root instance's workflow, or wakes it, to step now (work overdue, a manual clock's `runDue`). */
  #wakeToStep(rootKey: string): Promise<void> {
    return this.#signalWithStart(rootKey, []);
  }

  /**
   * The workflow started with `due` (absent: it steps first) if it is not running, then signalled. A
   * workflow started for a due instant in the future is started with that instant as its start delay:
   * Temporal dispatches no workflow task until then — no first activation that would only arm a timer
   * and sleep — and the workflow, told so, steps at once when the delay runs out. A signal-with-start
   * (the next wake) or an update (`runDue`) during the delay dispatches it at once, and the workflow
   * takes it as a running one would (a report arms the timer, no step). A plain signal (the case
   * ended) waits for the delay: the workflow ends then, after one idle step. Options are ignored when
   * it runs already.
   */
  async #signalWithStart(rootKey: string, due: CaseDue[]): Promise<void> {
    const startDelay = due[0]?.sleepMs ?? 0;
    await this.#client.workflow.signalWithStart(caseWorkflowType, {
      workflowId: this.#workflowId(rootKey),
      taskQueue: this.#taskQueue,
      args: startDelay > 0 ? [rootKey, ...due, true] : [rootKey, ...due],
      signal: wakeSignalName,
      signalArgs: due,
      ...(startDelay > 0 ? { startDelay } : {}),
    });
  }

  #workflowId(rootKey: string): string {
    return `${this.#taskQueue}/${rootKey}`;
  }
}
