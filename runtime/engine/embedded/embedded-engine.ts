import type { Clock } from '../../common/clock.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { newId, stableId } from '../../common/ids.js';
import type { ProcessResource } from '../engine.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord, JobRecord, TimerRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type {
  InstanceDue,
  DeployedProcess,
  InstanceSteppingEngine,
  EngineEvent,
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
import { callActivityJobType, type InstanceMeta } from './instance-meta.js';
import { ChildTerminator } from './instance-terminator.js';
import { budgetExceeded, retryOrFail, uncaught, type Failure } from './job-failure.js';
import { InstanceMigrator } from './instance-migration.js';
import { LiveInstance } from './live-instance.js';
import { inLanes } from './in-lanes.js';
import { inTurnJob, type StagedStep } from './in-turn-jobs.js';
import { invokeWorker, throwCaught } from './worker-invocation.js';
import { ProcessRegistry } from './process-registry.js';
import { caseInstances, rootOf, setSlaVariables, treeWork } from './timer-moves.js';
import { namespacedId } from '../process-namespace.js';
import { PollingLoop } from '../polling-loop.js';
import { WarmInstances } from './warm-instances.js';

/** A call job waiting for its child is parked until the child's completion wakes it. */
const parkedUntil = '9999-12-31T23:59:59.999Z';

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
  readonly #projector: EngineProjector;
  readonly #registry: ProcessRegistry;
  readonly #elements: Record<string, unknown>;
  readonly #workers = new Map<string, JobWorker>();
  readonly #mutex = new KeyedMutex();
  readonly #wakes = new Set<string>();
  readonly #children: ChildTerminator;
  readonly #migrator: InstanceMigrator;
  readonly #backoffMs: number;
  readonly #maxSteps: number;
  readonly #leases: DueLeases;
  readonly #dueLanes: number;
  readonly #warm: WarmInstances;
  readonly #poller: PollingLoop;

  constructor(options: EmbeddedEngineOptions) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#projector = options.projector;
    this.#backoffMs = options.retryBackoffMs ?? 1000;
    this.#maxSteps = options.maxStepsPerDrive ?? 200;
    this.#dueLanes = Math.max(1, options.dueLanes ?? 8);
    this.#warm = new WarmInstances(Math.max(0, options.warmInstances ?? 64));
    // A failed round must never take the process down: log it; the next round retries.
    this.#poller = new PollingLoop(
      () => this.runDue(),
      options.onPollError ?? ((error) => console.error('embedded engine: polling round failed', error)),
    );
    this.#elements = LiveInstance.elementsFor(clockedTimerEventDefinition(options.clock));
    this.#registry = new ProcessRegistry(options.store, options.clock, this.#elements);
    this.#leases = new DueLeases(options.store, options.clock, options.dueLeaseMs ?? 30_000);
    this.#children = new ChildTerminator(options.store, options.projector, this.#mutex, () => this.#now());
    this.#migrator = new InstanceMigrator({
      store: options.store,
      registry: this.#registry,
      load: async (processKey, record) =>
        LiveInstance.load(await this.#context(processKey, record.instanceKey), record),
      // a migration commits its rewrite alone: a job it creates runs in a later step, as before
      commit: (live, effects, rev) => this.#commit(live, effects, rev, { inTurn: false }),
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
    });
  }

  planMigration(request: MigrationRequest): Promise<MigrationCheck> {
    return this.#mutex.run(request.instanceKey, async () => (await this.#migrator.plan(request)).check);
  }

  async migrate(request: MigrationRequest): Promise<MigrationCheck> {
    // across replicas too: a migration rewrites the instance's state like a step does
    // a warm copy holds the source version's state: never step it after the rewrite (nor after a refusal)
    const check = await this.#exclusive(request.instanceKey, 'wait', () => {
      this.#warm.forget(request.instanceKey);
      return this.#migrator.migrate(request);
    });
    await this.#processWakes();
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
      await this.#unlessEnded(
        this.#withInstance(
          key,
          async () => committed,
          (record) => void setSlaVariables(record, variables),
        ),
      );
      pending = [];
    }
    if (pending.length) await this.#store.transact(pending);
    await this.#processWakes();
  }

  async start(request: StartRequest): Promise<{ instanceKey: string }> {
    const instanceKey = stableId('inst', request.idempotencyKey ?? request.businessKey);
    const { businessKey, variables } = request;
    await this.#startInstance({
      instanceKey,
      processId: namespacedId(request.namespace, request.processId),
      businessKey,
      variables,
      effects: request.effects ?? [],
    });
    await this.#processWakes();
    return { instanceKey };
  }

  /**
   * Start (once: the key is deterministic) an instance of a process, by its namespaced id; `effects`
   * commit with its first step. True when this call started it.
   */
  async #startInstance(s: {
    instanceKey: string;
    processId: string;
    businessKey: string;
    variables: Variables;
    effects: Mutation[];
    parent?: InstanceMeta['parent'];
  }): Promise<boolean> {
    return this.#exclusive(s.instanceKey, 'wait', async () => {
      if (await this.#store.engine.instance(s.instanceKey)) return false;
      const processKey = await this.#registry.latestKey(s.processId);
      const record: EngineInstanceRecord = {
        instanceKey: s.instanceKey,
        processKey,
        businessKey: s.businessKey,
        status: 'active',
        state: null,
        variables: { ...s.variables },
        rev: 0,
        updatedAt: this.#now(),
      };
      const live = await LiveInstance.start(await this.#context(processKey, []), record, s.parent);
      await this.#commit(live, s.effects, null);
      await this.#drive(live);
      this.#warm.keep(live);
      return true;
    });
  }

  async completeUserTask(taskId: string, variables: Variables, effects: Mutation[] = []): Promise<void> {
    const task = await this.#store.tasks.get(taskId);
    if (!task) throw new NotFoundError(`task '${taskId}' not found`);
    await this.#withInstance(task.instanceKey, async (live) => {
      if (!(await live.completeTask(taskId, variables))) {
        throw new ConflictError(`task '${taskId}' is not waiting`, [], 'task_not_open');
      }
      return effects;
    });
    await this.#processWakes();
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
      await this.#withInstance(sub.instanceKey, async (live) => {
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
    await this.#processWakes();
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
    return { processed, ...(await this.instanceDue(rootKey)) };
  }

  /** When the root instance's tree falls due next (nothing stepped): what an API call's wake reports. */
  async instanceDue(rootKey: string): Promise<Omit<InstanceDue, 'processed'>> {
    const after = await treeWork(this.#store, rootKey);
    const runnable = after.jobs.filter((j) => this.#runnable(j) && j.runAfter < parkedUntil);
    const dues = [...after.timers.map((t) => t.dueAt), ...runnable.map((j) => j.runAfter)].sort();
    return { nextDueAt: dues[0] ?? null, active: after.instances > 0 };
  }

  /** Steps the timers' instances, then the jobs read after them (`runnable`), `dueLanes` at a time. */
  async #runDueWork(timers: TimerRecord[], runnable: () => Promise<JobRecord[]>): Promise<number> {
    const woken = [...new Set(timers.map((t) => t.instanceKey))];
    // an instance another replica is working (its lease) is skipped this round
    let processed = await inLanes(woken, this.#dueLanes, (key) =>
      this.#unlessEnded(this.#withInstance(key, async () => [], undefined, 'skip')),
    );
    const jobs = (await runnable()).filter((j) => this.#runnable(j));
    processed += await inLanes(jobs, this.#dueLanes, (job) =>
      this.#unlessEnded(
        this.#withInstance(
          job.instanceKey,
          async (live) => {
            await this.#runJob(live, job);
            return [];
          },
          undefined,
          'skip',
        ),
      ),
    );
    await this.#processWakes();
    return processed;
  }

  /**
   * A timer or job read in this batch whose instance an earlier item of the batch completed (or
   * terminated) is stale: skip it (false) instead of failing the whole batch.
   */
  async #unlessEnded(step: Promise<unknown>): Promise<boolean> {
    try {
      await step;
      return true;
    } catch (error) {
      if (error instanceof ConflictError && ['instance_not_active', 'instance_busy'].includes(error.code))
        return false;
      throw error;
    }
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

  async #context(processKey: string, instanceKey: string | TimerRecord[]) {
    const model = await this.#registry.model(processKey);
    const existingTimers = Array.isArray(instanceKey)
      ? instanceKey
      : await this.#store.engine.timersFor(instanceKey);
    return { clock: this.#clock, model, elements: this.#elements, existingTimers };
  }

  async #withInstance(
    instanceKey: string,
    fn: (live: LiveInstance) => Promise<Mutation[]>,
    prepare?: (record: EngineInstanceRecord) => void,
    lease: 'skip' | 'wait' = 'wait',
    quiet = false,
  ): Promise<void> {
    await this.#exclusive(instanceKey, lease, async () => {
      const record = await this.#store.engine.instance(instanceKey);
      if (!record) throw new NotFoundError(`instance '${instanceKey}' not found`);
      if (record.status !== 'active') {
        this.#warm.forget(instanceKey);
        throw new ConflictError(`instance '${instanceKey}' is ${record.status}`, [], 'instance_not_active');
      }
      if (await this.#children.orphaned(record)) {
        await this.#children.terminateLocked(record);
        throw new ConflictError(
          `instance '${instanceKey}' was terminated with its parent`,
          [],
          'instance_not_active',
        );
      }
      prepare?.(record);
      // a prepared record (moved SLA timers) is always recovered: a warm copy predates the change
      const live = await this.#live(record, prepare !== undefined);
      const effects = await fn(live);
      if (live.broken) return; // its failure is committed; the instance keeps its last state
      // (a job run by `fn` may have committed already: the live record carries the revision)
      await this.#commit(live, effects, live.record.rev, { quiet });
      await this.#drive(live);
      this.#warm.keep(live);
    });
  }

  /** One step at a time per instance: in this process (mutex) and across replicas (lease). */
  #exclusive<T>(instanceKey: string, lease: 'skip' | 'wait', step: () => Promise<T>): Promise<T> {
    return this.#mutex.run(instanceKey, () => this.#leases.whileHeld(instanceKey, lease, step));
  }

  /**
   * The instance as stored: kept live since its last step when that is still the stored state and
   * no timer of it is due (a due timer fires only when bpmn-engine recovers it), else recovered.
   */
  async #live(record: EngineInstanceRecord, recover = false): Promise<LiveInstance> {
    const warm = this.#warm.take(record);
    if (warm && !recover && !warm.timerDue(this.#now())) return warm;
    return LiveInstance.load(await this.#context(record.processKey, record.instanceKey), record);
  }

  /**
   * Reconcile the live instance into mutations and commit them with `effects`, atomically. A job
   * the step created whose worker may run in the same turn (`inTurnJob`) runs first and its writes
   * join this commit: one state save and one transaction for both. `quiet`: a step that wrote
   * nothing (a parent woken for a call its own step already completed) commits nothing.
   */
  async #commit(
    live: LiveInstance,
    effects: Mutation[],
    expectedRev: number | null,
    options: { inTurn?: boolean; quiet?: boolean } = {},
  ): Promise<void> {
    let step = await this.#stage(live, effects, {
      writes: [],
      snapshot: live.record,
      cancelled: [],
      ran: [],
    });
    const open = (jobKey: string) => Object.values(live.meta.openJobs).some((j) => j.jobKey === jobKey);
    const nextJob = () =>
      options.inTurn === false || live.broken
        ? null
        : inTurnJob(step, this.#workers, this.#now(), open, expectedRev === null);
    for (let next = nextJob(); next; next = nextJob()) {
      // what is committed alone if the job breaks the instance: the step as reconciled before it
      step.snapshot = structuredClone(live.record);
      step = await this.#runInTurn(live, next.job, next.worker, step);
    }
    const record = live.broken ? step.snapshot : { ...live.record };
    const parent = record.status === 'completed' ? live.meta.parent : undefined;
    if (options.quiet && step.writes.length === 0 && !parent) return;
    const wake: Mutation[] = parent
      ? [{ kind: 'job.update', jobKey: parent.jobKey, patch: { runAfter: this.#now() } }]
      : [];
    await this.#store.transact([...step.writes, ...wake, { kind: 'instance.save', record, expectedRev }]);
    live.record.rev = (expectedRev ?? 0) + 1;
    if (parent) this.#wakes.add(parent.instanceKey);
    for (const jobKey of step.cancelled) await this.#children.terminate(stableId('inst', jobKey));
  }

  /** The live instance's writes since the last stage, appended to `step`; it collects afresh. */
  async #stage(live: LiveInstance, effects: Mutation[], step: StagedStep): Promise<StagedStep> {
    await live.reconcile(this.#now());
    while (await this.#deliverBufferedMessages(live)) await live.reconcile(this.#now());
    const projected: Mutation[] = [];
    for (const event of live.events) projected.push(...(await this.#projector.project(event)));
    const writes = [...step.writes, ...effects, ...live.mutations, ...projected];
    const cancelled = [...step.cancelled, ...live.cancelledCalls];
    live.committed();
    return { ...step, writes, cancelled };
  }

  /**
   * A job the step created, run in the same turn: its completion is staged with the step. A failure
   * becomes the same retry or incident as when it runs on its own; an uncaught BPMN error or an
   * exceeded budget commits the step as it was before the job (the snapshot) with the incident.
   */
  async #runInTurn(live: LiveInstance, job: JobRecord, worker: JobWorker, step: StagedStep) {
    step.ran.push(job.jobKey);
    const broken = async (failure: Failure): Promise<StagedStep> => {
      live.markBroken();
      return { ...step, writes: [...step.writes, ...(await this.#failure(job, failure, 0))] };
    };
    try {
      const outcome = await invokeWorker(worker, job, { ...live.variables, ...job.variables });
      if (outcome.outcome === 'complete') {
        if (!(await live.completeJob(job.jobKey, outcome.variables ?? {}))) return step;
        return await this.#stage(live, outcome.effects ?? [], step);
      }
      if (outcome.outcome === 'bpmnError') {
        if (await throwCaught(live, job, outcome)) return await this.#stage(live, [], step);
        return await broken(uncaught(outcome));
      }
      const configured = live.configuredRetries(job.elementId);
      return { ...step, writes: [...step.writes, ...(await this.#failure(job, outcome, configured))] };
    } catch (error) {
      const exceeded = budgetExceeded(error);
      if (!exceeded) throw error;
      return broken({ outcome: 'fail', retryable: false, message: exceeded.message });
    }
  }

  #runnable(job: JobRecord): boolean {
    return job.type === callActivityJobType || this.#workers.has(job.type);
  }

  /** A call activity's job: start its child instance, or complete it once the child has ended. */
  async #runCall(live: LiveInstance, job: JobRecord): Promise<void> {
    const childKey = stableId('inst', job.jobKey);
    const parent = { instanceKey: live.record.instanceKey, jobKey: job.jobKey };
    // Resolved within the caller's bundle: its namespace, never another bundle's process of that id.
    const namespace = await this.#registry.namespaceOf(live.record.processKey);
    const processId = namespacedId(namespace, job.headers.processId ?? '');
    const park: Mutation = { kind: 'job.update', jobKey: job.jobKey, patch: { runAfter: parkedUntil } };
    // The child's first commit parks the call job (one commit, not two); a child that ends in that
    // commit wakes the job in the same transaction, after the park.
    const started = await this.#startInstance({
      instanceKey: childKey,
      processId,
      businessKey: job.businessKey,
      variables: job.variables,
      effects: [park],
      parent,
    });
    let child = await this.#store.engine.instance(childKey);
    if (child?.status !== 'completed') {
      if (!started) await this.#commit(live, [park], live.record.rev);
      child = await this.#store.engine.instance(childKey);
      if (child?.status !== 'completed') return;
    }
    if (!(await live.completeJob(job.jobKey, child.variables))) return;
    await this.#commit(live, [], live.record.rev);
  }

  /**
   * Parents whose call activities' children ended: complete those call activities now. Another step
   * (a case workflow's, a polling round's) may have stepped the parent first — even ended it — since
   * its status was read: decided again under its lock, an ended or busy parent is left as it is (the
   * child's commit made the call job runnable, so whoever holds the parent completes it).
   */
  async #processWakes(): Promise<void> {
    while (this.#wakes.size) {
      const [key] = this.#wakes as Set<string> & [string];
      this.#wakes.delete(key);
      const record = await this.#store.engine.instance(key);
      if (record?.status === 'active')
        await this.#unlessEnded(this.#withInstance(key, async () => [], undefined, 'wait', true));
    }
  }

  /** A subscription opened in this step takes a message buffered before it (Zeebe semantics). */
  async #deliverBufferedMessages(live: LiveInstance): Promise<boolean> {
    for (const m of live.mutations) {
      if (m.kind !== 'subscription.set' || live.checkedSubscriptions.has(m.record.elementId)) continue;
      live.checkedSubscriptions.add(m.record.elementId);
      const [message] = await this.#store.engine.bufferedMessages(
        m.record.messageName,
        m.record.correlationKey,
        this.#now(),
      );
      if (!message) continue;
      live.mutations.push({ kind: 'message.delete', id: message.id });
      await live.deliverMessage(m.record.elementId, message.variables);
      return true;
    }
    return false;
  }

  /** Run the instance's pending jobs while it is live, committing after each. */
  async #drive(live: LiveInstance): Promise<void> {
    for (let step = 0; step < this.#maxSteps && !live.completed && !live.broken; step++) {
      const jobs = await this.#store.engine.jobsFor(live.record.instanceKey);
      const now = this.#now();
      const job = jobs.find((j) => j.status === 'pending' && j.runAfter <= now && this.#runnable(j));
      if (!job) return;
      try {
        await this.#runJob(live, job);
      } catch (error) {
        if (!takenOver(error)) throw error;
        // The step outlived its lease and another replica moved the instance on (接管): this job's
        // commit wrote nothing; what was committed before it (the command the caller asked for)
        // stands, and the replica holding the instance now drives the rest.
        live.markBroken();
        return;
      }
    }
  }

  /**
   * Run a job and what follows it in the model. An admin expression past its budget anywhere in
   * that step (a worker's rule, a FEEL condition or mapping) fails the job for good: an incident
   * with the budget message; the instance keeps its last committed state.
   */
  async #runJob(live: LiveInstance, job: JobRecord): Promise<void> {
    try {
      await this.#runJobStep(live, job);
    } catch (error) {
      const exceeded = budgetExceeded(error);
      if (!exceeded) throw error;
      const failure = { outcome: 'fail' as const, retryable: false, message: exceeded.message };
      await this.#store.transact(await this.#failure(job, failure, 0));
      live.markBroken();
    }
  }

  async #runJobStep(live: LiveInstance, job: JobRecord): Promise<void> {
    if (job.type === callActivityJobType) return this.#runCall(live, job);
    const worker = this.#workers.get(job.type) as JobWorker;
    const outcome = await invokeWorker(worker, job, { ...live.variables, ...job.variables });
    if (outcome.outcome === 'complete') {
      if (!(await live.completeJob(job.jobKey, outcome.variables ?? {}))) return;
      await this.#commit(live, outcome.effects ?? [], live.record.rev);
      return;
    }
    if (outcome.outcome === 'bpmnError') {
      if (await throwCaught(live, job, outcome)) return this.#commit(live, [], live.record.rev);
      // Nothing catches it: like Zeebe, an incident; the instance keeps its last committed state.
      await this.#store.transact(await this.#failure(job, uncaught(outcome), 0));
      live.markBroken();
      return;
    }
    const configured = live.configuredRetries(job.elementId);
    await this.#commit(live, await this.#failure(job, outcome, configured), live.record.rev);
  }

  async #failure(job: JobRecord, failure: Failure, configuredRetries: number): Promise<Mutation[]> {
    const ctx = { now: this.#clock.now(), baseBackoffMs: this.#backoffMs, configuredRetries };
    const { mutation, incident } = retryOrFail(job, failure, ctx);
    if (!incident) return [mutation];
    const { instanceKey, businessKey, elementId } = job;
    const message = `${job.type}: ${failure.message}`;
    const raised: EngineEvent = {
      type: 'incident',
      incidentKey: `${job.jobKey}@${ctx.now.toISOString()}`,
      jobKey: job.jobKey,
      instanceKey,
      businessKey,
      elementId,
      message,
    };
    return [mutation, ...(await this.#projector.project(raised))];
  }
}

/** A follow-up step's commit refused because another replica committed the instance first. */
function takenOver(error: unknown): boolean {
  return error instanceof ConflictError && error.code === 'stale_revision';
}
