import type { Clock } from '../../common/clock.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { newId, stableId } from '../../common/ids.js';
import type { ProcessResource } from '../engine.js';
import type { Mutation } from '../../store/mutations.js';
import type { JobRecord, TimerRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type {
  ArmedDue,
  InstanceDue,
  DeployedProcess,
  InstanceSteppingEngine,
  EngineProjector,
  IncidentRef,
  MessageRequest,
  MigrationCheck,
  MigrationRequest,
  StartRequest,
  Variables,
} from '../engine.js';
import type { JobWorker } from '../job-worker.js';
import { clockedTimerEventDefinition } from './clocked-timer.js';
import { DueLeases } from './due-leases.js';
import { KeyedMutex } from './keyed-mutex.js';
import { ChildTerminator } from './instance-terminator.js';
import { InstanceStepper, unlessEnded } from './instance-stepper.js';
import { failureWrites, type FailureWrites } from './job-failure.js';
import { collectingDue, jobDueAt, noteCommitted } from './due-reports.js';
import { JobDriver } from './job-driver.js';
import { InstanceMigrator } from './instance-migration.js';
import { LiveInstance } from './live-instance.js';
import { inLanes } from './in-lanes.js';
import { ProcessRegistry } from './process-registry.js';
import { StepCommit } from './step-commit.js';
import { caseInstances, rootOf, setSlaVariables, treeWork } from './timer-moves.js';
import { namespacedId } from '../process-namespace.js';
import { PollingLoop } from '../polling-loop.js';
import { WarmInstances } from './warm-instances.js';

export interface EmbeddedEngineOptions {
  store: Store;
  clock: Clock;
  projector: EngineProjector;
  /** Base delay before retrying a failed job; doubles each attempt. */
  retryBackoffMs?: number;
  /** Upper bound of consecutive steps one instance may take in one drive (guards endless loops). */
  maxStepsPerDrive?: number;
  /** Where a failed background polling round is reported (default: console.error); polling goes on. */
  onPollError?: (error: unknown) => void;
  /** How long a replica holds a due instance it works (default 30 s): the takeover time after a crash. */
  dueLeaseMs?: number;
  /** Instances `runDue` steps at once (default 8). */
  dueLanes?: number;
  /** Recently stepped instances kept live for the next step (default 64; 0 turns it off). */
  warmInstances?: number;
}

/**
 * The embedded engine adapter: bpmn-engine in-process, every step's state, tasks, jobs, timers
 * and subscriptions committed to the Store in one transaction. Instances live in memory only while
 * a step runs; a durable timer index and the job table wake them.
 */
export class EmbeddedEngine implements InstanceSteppingEngine {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #registry: ProcessRegistry;
  readonly #workers = new Map<string, JobWorker>();
  readonly #mutex = new KeyedMutex();
  readonly #migrator: InstanceMigrator;
  readonly #dueLanes: number;
  readonly #warm: WarmInstances;
  readonly #poller: PollingLoop;
  readonly #driver: JobDriver;
  readonly #stepper: InstanceStepper;
  /** Whether this process runs jobs of the type (the driver's rule). */
  readonly #runs = (type: string): boolean => this.#driver.runnable({ type });

  constructor(options: EmbeddedEngineOptions) {
    const { store, clock, projector } = options;
    const now = () => this.#now();
    this.#store = store;
    this.#clock = clock;
    this.#dueLanes = Math.max(1, options.dueLanes ?? 8);
    this.#warm = new WarmInstances(Math.max(0, options.warmInstances ?? 64));
    // A failed round must never take the process down: log it; the next round retries.
    this.#poller = new PollingLoop(
      () => this.runDue(),
      options.onPollError ?? ((error) => console.error('embedded engine: polling round failed', error)),
    );
    const elements = LiveInstance.elementsFor(clockedTimerEventDefinition(clock));
    this.#registry = new ProcessRegistry(store, clock, elements);
    const children = new ChildTerminator(store, projector, this.#mutex, now);
    const baseBackoffMs = options.retryBackoffMs ?? 1000;
    const failure: FailureWrites = (job, outcome, configuredRetries) =>
      failureWrites(job, outcome, { now: clock.now(), baseBackoffMs, configuredRetries }, projector);
    const workers = this.#workers;
    const steps = new StepCommit({
      store,
      projector,
      workers,
      children,
      failure,
      now,
      wake: (key) => this.#stepper.wake(key),
    });
    this.#driver = new JobDriver({
      store,
      workers,
      steps,
      failure,
      now,
      maxSteps: options.maxStepsPerDrive ?? 200,
      namespaceOf: (processKey) => this.#registry.namespaceOf(processKey),
      startChild: (child) => this.#stepper.start(child),
    });
    const leases = new DueLeases(store, clock, options.dueLeaseMs ?? 30_000);
    this.#stepper = new InstanceStepper({
      store,
      clock,
      registry: this.#registry,
      elements,
      mutex: this.#mutex,
      leases,
      warm: this.#warm,
      children,
      steps,
      driver: this.#driver,
    });
    this.#migrator = new InstanceMigrator({
      store,
      registry: this.#registry,
      load: async (processKey, record) =>
        LiveInstance.load(await this.#stepper.context(processKey, record.instanceKey), record),
      // a migration commits its rewrite alone: a job it creates runs in a later step, as before
      commit: (live, effects, rev) => steps.commit(live, effects, rev, { inTurn: false }),
    });
  }

  deploy(resources: ProcessResource[], namespace = ''): Promise<DeployedProcess[]> {
    return Promise.all(resources.map((r) => this.#registry.deploy(r, namespace)));
  }

  /** The failed job becomes runnable again with one retry; the next round runs it. */
  async retryIncident(incident: IncidentRef, effects: Mutation[] = []): Promise<void> {
    const job = incident.jobKey ? await this.#store.engine.job(incident.jobKey) : null;
    if (job?.status !== 'failed')
      throw new ConflictError(`incident '${incident.incidentKey}' is not open`, [], 'incident_not_open');
    await this.#mutex.run(job.instanceKey, async () => {
      const retried: Mutation = {
        kind: 'job.update',
        jobKey: job.jobKey,
        patch: { status: 'pending', retries: 1, runAfter: this.#now(), error: null },
      };
      await this.#store.transact([retried, ...effects]);
      noteCommitted({ instanceKey: job.instanceKey, rootKey: null }, [retried]);
    });
  }

  planMigration(request: MigrationRequest): Promise<MigrationCheck> {
    return this.#mutex.run(request.instanceKey, async () => (await this.#migrator.plan(request)).check);
  }

  async migrate(request: MigrationRequest): Promise<MigrationCheck> {
    // across replicas too: a migration rewrites the instance's state like a step does
    // a warm copy holds the source version's state: never step it after the rewrite (nor after a refusal)
    const check = await this.#stepper.exclusive(request.instanceKey, 'wait', () => {
      this.#warm.forget(request.instanceKey);
      return this.#migrator.migrate(request);
    });
    await this.#stepper.processWakes();
    return check;
  }

  registerWorker(worker: JobWorker): void {
    this.#workers.set(worker.type, worker);
  }

  /** Sets the variables on every live instance of the case (root and called children), moving timers. */
  async rescheduleCase(businessKey: string, variables: Variables, effects: Mutation[] = []): Promise<void> {
    let pending = effects;
    for (const key of await caseInstances(this.#store, businessKey)) {
      const committed = pending;
      await unlessEnded(
        this.#stepper.step(key, async () => committed, {
          prepare: (record) => void setSlaVariables(record, variables),
        }),
      );
      pending = [];
    }
    if (pending.length) await this.#store.transact(pending);
    await this.#stepper.processWakes();
  }

  async start(request: StartRequest): Promise<{ instanceKey: string }> {
    const instanceKey = stableId('inst', request.idempotencyKey ?? request.businessKey);
    const { businessKey, variables } = request;
    await this.#stepper.start({
      instanceKey,
      processId: namespacedId(request.namespace, request.processId),
      businessKey,
      variables,
      effects: request.effects ?? [],
    });
    await this.#stepper.processWakes();
    return { instanceKey };
  }

  async completeUserTask(taskId: string, variables: Variables, effects: Mutation[] = []): Promise<void> {
    const task = await this.#store.tasks.get(taskId);
    if (!task) throw new NotFoundError(`task '${taskId}' not found`);
    await this.#stepper.step(task.instanceKey, async (live) => {
      if (!(await live.completeTask(taskId, variables))) {
        throw new ConflictError(`task '${taskId}' is not waiting`, [], 'task_not_open');
      }
      return effects;
    });
    await this.#stepper.processWakes();
  }

  async publishMessage(request: MessageRequest): Promise<boolean> {
    const subs = await this.#store.engine.subscriptions(request.name, request.correlationKey);
    if (subs.length === 0) {
      if (!request.ttlMs) return false;
      const expiresAt = new Date(this.#clock.now().getTime() + request.ttlMs).toISOString();
      const record = {
        id: newId('msg'),
        messageName: request.name,
        correlationKey: request.correlationKey,
        variables: request.variables ?? {},
        expiresAt,
      };
      await this.#store.transact([...(request.effects ?? []), { kind: 'message.buffer', record }]);
      return false;
    }
    let effects = request.effects ?? [];
    for (const sub of subs) {
      await this.#stepper.step(sub.instanceKey, async (live) => {
        if (!(await live.deliverMessage(sub.elementId, request.variables ?? {}))) {
          throw new ConflictError(
            `instance is not waiting for '${request.name}'`,
            [],
            'message_not_expected',
          );
        }
        return effects;
      });
      effects = [];
    }
    await this.#stepper.processWakes();
    return true;
  }

  /**
   * Steps every instance with a due timer, then every runnable job. Different instances step
   * concurrently (`dueLanes` at a time; one instance's steps stay in order under its lock), so
   * their commits share group commits — a 09:00 wave is not one fsync per timer.
   */
  async runDue(): Promise<number> {
    const now = this.#now();
    const timers = await this.#store.engine.timersDue(now, 200);
    return this.#runDueWork(timers, () => this.#store.engine.jobsRunnable(now, 200));
  }

  /** The root of the instance's call-activity tree, or null when there is no such instance. */
  async rootInstanceKey(instanceKey: string): Promise<string | null> {
    return (await rootOf(this.#store, await this.#store.engine.instance(instanceKey)))?.instanceKey ?? null;
  }

  /**
   * The due timers and runnable jobs of a root instance and its called children, and when the next
   * one falls due: the seam an engine that keeps a durable timer per instance drives.
   */
  async runInstanceDue(rootKey: string): Promise<InstanceDue> {
    const now = this.#now();
    const { timers } = await treeWork(this.#store, rootKey);
    const processed = await this.#runDueWork(
      timers.filter((t) => t.dueAt <= now),
      async () => (await treeWork(this.#store, rootKey)).jobs.filter((j) => j.runAfter <= now),
    );
    return { processed, ...(await this.#instanceDue(rootKey)) };
  }

  withDueReports<T>(command: () => Promise<T>, report: (due: ArmedDue[]) => void): Promise<T> {
    return collectingDue(command, this.#runs, report);
  }

  /** When the root instance's tree falls due next (nothing stepped): what its workflow sleeps until. */
  async #instanceDue(rootKey: string): Promise<Omit<InstanceDue, 'processed'>> {
    const after = await treeWork(this.#store, rootKey);
    const jobDues = after.jobs.flatMap((j) => jobDueAt(j, this.#runs) ?? []);
    const dues = [...after.timers.map((t) => t.dueAt), ...jobDues].sort();
    return { nextDueAt: dues[0] ?? null, active: after.instances > 0 };
  }

  /** Steps the timers' instances, then the jobs read after them (`runnable`), `dueLanes` at a time. */
  async #runDueWork(timers: TimerRecord[], runnable: () => Promise<JobRecord[]>): Promise<number> {
    const woken = [...new Set(timers.map((t) => t.instanceKey))];
    // an instance another replica is working (its lease) is skipped this round
    let processed = await inLanes(woken, this.#dueLanes, (key) =>
      unlessEnded(this.#stepper.step(key, async () => [], { lease: 'skip' })),
    );
    const jobs = (await runnable()).filter((j) => this.#driver.runnable(j));
    processed += await inLanes(jobs, this.#dueLanes, (job) =>
      unlessEnded(
        this.#stepper.step(
          job.instanceKey,
          async (live) => {
            await this.#driver.runJob(live, job);
            return [];
          },
          { lease: 'skip' },
        ),
      ),
    );
    await this.#stepper.processWakes();
    return processed;
  }

  startPolling(intervalMs = 1000): void {
    this.#poller.start(intervalMs);
  }

  async close(): Promise<void> {
    await this.#poller.stop();
    await this.#mutex.idle;
  }

  #now(): string {
    return this.#clock.now().toISOString();
  }
}
