import type { Clock } from '../../common/clock.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { newId, stableId } from '../../common/ids.js';
import type { ProcessResource } from '../../definitions/definition-bundle.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord, JobRecord, TimerRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type {
  DeployedProcess,
  Engine,
  EngineProjector,
  MessageRequest,
  StartRequest,
  Variables,
} from '../engine.js';
import type { JobOutcome, JobWorker } from '../job-worker.js';
import { clockedTimerEventDefinition } from './clocked-timer.js';
import { KeyedMutex } from './keyed-mutex.js';
import { LiveInstance } from './live-instance.js';
import { ProcessRegistry } from './process-registry.js';

export interface EmbeddedEngineOptions {
  store: Store;
  clock: Clock;
  projector: EngineProjector;
  /** Base delay before retrying a failed job; doubles each attempt. */
  retryBackoffMs?: number;
  /** Upper bound of consecutive steps one instance may take in one drive (guards endless loops). */
  maxStepsPerDrive?: number;
}

/**
 * The embedded engine adapter: bpmn-engine in-process, every step's state, tasks, jobs, timers
 * and subscriptions committed to the Store in one transaction. Instances live in memory only while
 * a step runs; a durable timer index and the job table wake them.
 */
export class EmbeddedEngine implements Engine {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #projector: EngineProjector;
  readonly #registry: ProcessRegistry;
  readonly #elements: Record<string, unknown>;
  readonly #workers = new Map<string, JobWorker>();
  readonly #mutex = new KeyedMutex();
  readonly #backoffMs: number;
  readonly #maxSteps: number;
  #poller: NodeJS.Timeout | null = null;
  #polling: Promise<number> | null = null;

  constructor(options: EmbeddedEngineOptions) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#projector = options.projector;
    this.#backoffMs = options.retryBackoffMs ?? 1000;
    this.#maxSteps = options.maxStepsPerDrive ?? 200;
    this.#elements = LiveInstance.elementsFor(clockedTimerEventDefinition(options.clock));
    this.#registry = new ProcessRegistry(options.store, options.clock, this.#elements);
  }

  deploy(resources: ProcessResource[]): Promise<DeployedProcess[]> {
    return Promise.all(resources.map((r) => this.#registry.deploy(r)));
  }

  registerWorker(worker: JobWorker): void {
    this.#workers.set(worker.type, worker);
  }

  async start(request: StartRequest): Promise<{ instanceKey: string }> {
    const instanceKey = stableId('inst', request.businessKey);
    return this.#mutex.run(instanceKey, async () => {
      if (await this.#store.engine.instance(instanceKey)) return { instanceKey };
      const processKey = await this.#registry.latestKey(request.processId);
      const record: EngineInstanceRecord = {
        instanceKey,
        processKey,
        businessKey: request.businessKey,
        status: 'active',
        state: null,
        variables: { ...request.variables },
        rev: 0,
        updatedAt: this.#now(),
      };
      const live = await LiveInstance.start(await this.#context(processKey, []), record);
      await this.#commit(live, request.effects ?? [], null);
      await this.#drive(live);
      return { instanceKey };
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
    return true;
  }

  async runDue(): Promise<number> {
    const now = this.#now();
    let processed = 0;
    const timers = await this.#store.engine.timersDue(now, 200);
    for (const key of new Set(timers.map((t) => t.instanceKey))) {
      await this.#withInstance(key, async () => []);
      processed += 1;
    }
    for (const job of await this.#store.engine.jobsRunnable(now, 200)) {
      if (!this.#workers.has(job.type)) continue;
      await this.#withInstance(job.instanceKey, async (live) => {
        await this.#runJob(live, job);
        return [];
      });
      processed += 1;
    }
    return processed;
  }

  startPolling(intervalMs = 1000): void {
    if (this.#poller) return;
    this.#poller = setInterval(() => {
      if (this.#polling) return;
      this.#polling = this.runDue().finally(() => (this.#polling = null));
    }, intervalMs);
    this.#poller.unref();
  }

  async close(): Promise<void> {
    if (this.#poller) clearInterval(this.#poller);
    this.#poller = null;
    await this.#polling;
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

  async #withInstance(instanceKey: string, fn: (live: LiveInstance) => Promise<Mutation[]>): Promise<void> {
    await this.#mutex.run(instanceKey, async () => {
      const record = await this.#store.engine.instance(instanceKey);
      if (!record) throw new NotFoundError(`instance '${instanceKey}' not found`);
      if (record.status !== 'active')
        throw new ConflictError(`instance '${instanceKey}' is ${record.status}`, [], 'instance_not_active');
      const live = await LiveInstance.load(await this.#context(record.processKey, instanceKey), record);
      const effects = await fn(live);
      await this.#commit(live, effects, record.rev);
      await this.#drive(live);
    });
  }

  /** Reconcile the live instance into mutations and commit them with `effects`, atomically. */
  async #commit(live: LiveInstance, effects: Mutation[], expectedRev: number | null): Promise<void> {
    await live.reconcile(this.#now());
    while (await this.#deliverBufferedMessages(live)) await live.reconcile(this.#now());
    const projected: Mutation[] = [];
    for (const event of live.events) projected.push(...(await this.#projector.project(event)));
    const save: Mutation = { kind: 'instance.save', record: { ...live.record }, expectedRev };
    await this.#store.transact([...effects, ...live.mutations, ...projected, save]);
    live.record.rev = (expectedRev ?? 0) + 1;
    live.committed();
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
    for (let step = 0; step < this.#maxSteps && !live.completed; step++) {
      const jobs = await this.#store.engine.jobsFor(live.record.instanceKey);
      const now = this.#now();
      const job = jobs.find((j) => j.status === 'pending' && j.runAfter <= now && this.#workers.has(j.type));
      if (!job) return;
      await this.#runJob(live, job);
    }
  }

  async #runJob(live: LiveInstance, job: JobRecord): Promise<void> {
    const worker = this.#workers.get(job.type) as JobWorker;
    let outcome: JobOutcome;
    try {
      outcome = await worker.handler({
        jobKey: job.jobKey,
        type: job.type,
        instanceKey: job.instanceKey,
        businessKey: job.businessKey,
        elementId: job.elementId,
        retries: job.retries,
        variables: { ...live.variables, ...job.variables },
        headers: job.headers,
      });
    } catch (e) {
      outcome = { outcome: 'fail', retryable: true, message: (e as Error).message };
    }
    if (outcome.outcome === 'complete') {
      if (!(await live.completeJob(job.jobKey, outcome.variables ?? {}))) return;
      await this.#commit(live, outcome.effects ?? [], live.record.rev);
      return;
    }
    const configured = live.configuredRetries(job.elementId);
    await this.#commit(live, await this.#failure(job, outcome, configured), live.record.rev);
  }

  /** Retryable failures back off exponentially (base, 2×base, …); the last one raises an incident. */
  async #failure(
    job: JobRecord,
    outcome: Exclude<JobOutcome, { outcome: 'complete' }>,
    configured: number,
  ): Promise<Mutation[]> {
    const message = outcome.message;
    const retries = outcome.outcome === 'fail' && outcome.retryable ? job.retries - 1 : 0;
    if (retries > 0) {
      const failuresSoFar = Math.max(1, configured - retries);
      const backoff =
        (outcome.outcome === 'fail' && outcome.backoffMs) || this.#backoffMs * 2 ** (failuresSoFar - 1);
      const runAfter = new Date(this.#clock.now().getTime() + backoff).toISOString();
      return [{ kind: 'job.update', jobKey: job.jobKey, patch: { retries, runAfter, error: message } }];
    }
    const incident = await this.#projector.project({
      type: 'incident',
      instanceKey: job.instanceKey,
      businessKey: job.businessKey,
      elementId: job.elementId,
      message: `${job.type}: ${message}`,
    });
    return [
      { kind: 'job.update', jobKey: job.jobKey, patch: { status: 'failed', retries: 0, error: message } },
      ...incident,
    ];
  }
}
