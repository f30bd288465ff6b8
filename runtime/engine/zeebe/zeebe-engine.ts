import { randomUUID } from 'node:crypto';
import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe/index.js';
import type { Clock } from '../../common/clock.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { stableId } from '../../common/ids.js';
import type { JsonObject } from '../../common/json.js';
import type { ProcessResource } from '../../definitions/definition-bundle.js';
import type { Mutation } from '../../store/mutations.js';
import type { Store } from '../../store/store.js';
import type {
  DeployedProcess,
  Engine,
  EngineEvent,
  EngineProjector,
  MessageRequest,
  StartRequest,
  Variables,
} from '../engine.js';
import type { Job, JobWorker } from '../job-worker.js';
import { BrokerClock } from './broker-clock.js';
import { failArguments, runWorker } from './job-outcome.js';
import { ProcessCatalog } from './process-catalog.js';
import { RecordMirror, type InstanceInfo, type MirrorBatch } from './record-mirror.js';
import { RecordTail } from './record-tail.js';
import { jobKeyOf, taskIdFor, userTaskFromJob, userTaskJobType } from './user-task-job.js';

export interface ZeebeEngineOptions {
  /** Owned by the adapter: closed with it. */
  client: ZeebeGrpcClient;
  store: Store;
  clock: Clock;
  projector: EngineProjector;
  /** The JSON-lines file the broker's record exporter appends to (scripts/zeebe/exporter). */
  recordsFile: string;
  /** The broker's management URL; when set, the broker's controlled clock follows `clock`. */
  managementUrl?: string | null;
  /** Base delay before retrying a failed job; doubles each attempt (as in the embedded adapter). */
  retryBackoffMs?: number;
  /** Cancel the instances this adapter started when it closes (tests sharing one broker). */
  cancelInstancesOnClose?: boolean;
  /** How long to wait for the broker to report a due timer or an exported record. */
  brokerWaitMs?: number;
}

const workerName = 'case-platform';
/** Service jobs are handled inside one runDue; the broker takes them back after this. */
const serviceJobTimeoutMs = 60_000;
/** User-task jobs stay with the inbox until completed (ten years). */
const userTaskJobTimeoutMs = 10 * 365 * 24 * 3_600_000;
const probeMessage = '__case-platform-probe';

/** The SDK's JSON type has no `null`; Zeebe's variables do. Same data, different declaration. */
type SdkVariables = Record<string, never>;
const sdk = (variables: JsonObject): SdkVariables => variables as unknown as SdkVariables;

/** Zeebe tells resource types by file extension. */
const bpmnName = (name: string) => (name.endsWith('.bpmn') ? name : `${name}.bpmn`);

interface ActivatedJob {
  key: string;
  type: string;
  processInstanceKey: string;
  bpmnProcessId: string;
  processDefinitionVersion: number;
  elementId: string;
  retries: number;
  customHeaders: Record<string, string>;
  variables: JsonObject;
}

/**
 * The Zeebe engine adapter (@camunda8/sdk's ZeebeGrpcClient). BPMN is deployed unmodified; jobs of
 * every registered JobWorker type and job-based user tasks (`io.camunda.zeebe:userTask`) are
 * activated and handled here; the broker's record stream (the JSON-lines exporter) is mirrored into
 * the Store (timers, message subscriptions) and into engine events (incidents, completion).
 * `runDue` pins the broker's controlled clock to the platform clock, waits until the broker has
 * fired what is due and exported what it did, then handles the jobs available: deterministic
 * enough for scenario tests, and what the background poller runs in production.
 */
export class ZeebeEngine implements Engine {
  readonly #zb: ZeebeGrpcClient;
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #projector: EngineProjector;
  readonly #brokerClock: BrokerClock;
  readonly #tail: RecordTail;
  readonly #mirror = new RecordMirror();
  readonly #catalog = new ProcessCatalog();
  readonly #workers = new Map<string, JobWorker>();
  readonly #backoffMs: number;
  readonly #waitMs: number;
  readonly #cancelOnClose: boolean;
  readonly #started: string[] = [];
  #queue: Promise<unknown> = Promise.resolve();
  #poller: NodeJS.Timeout | null = null;
  #polling: Promise<number> | null = null;

  constructor(options: ZeebeEngineOptions) {
    this.#zb = options.client;
    this.#store = options.store;
    this.#clock = options.clock;
    this.#projector = options.projector;
    this.#brokerClock = new BrokerClock(options.clock, options.managementUrl ?? null);
    this.#tail = new RecordTail(options.recordsFile);
    this.#backoffMs = options.retryBackoffMs ?? 1000;
    this.#waitMs = options.brokerWaitMs ?? 15_000;
    this.#cancelOnClose = options.cancelInstancesOnClose ?? false;
  }

  /** Only records written after this point concern this adapter. */
  async init(): Promise<void> {
    await this.#tail.skipExisting();
  }

  /** One broker interaction at a time: the mirror and the clock pin are shared state. */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  deploy(resources: ProcessResource[]): Promise<DeployedProcess[]> {
    return this.#serial(async () => {
      if (resources.length === 0) return [];
      const response = await this.#zb.deployResources(
        resources.map((r) => ({ name: bpmnName(r.name), process: Buffer.from(r.xml, 'utf8') })),
      );
      const deployed: DeployedProcess[] = [];
      for (const d of response.deployments as { process?: Record<string, unknown> }[]) {
        if (!d.process) continue;
        const processId = String(d.process.bpmnProcessId);
        const version = Number(d.process.version);
        const resource = resources.find((r) => bpmnName(r.name) === d.process?.resourceName);
        if (resource) await this.#catalog.add(resource, processId, version);
        deployed.push({ processKey: String(d.process.processDefinitionKey), processId, version });
      }
      return deployed;
    });
  }

  registerWorker(worker: JobWorker): void {
    this.#workers.set(worker.type, worker);
  }

  start(request: StartRequest): Promise<{ instanceKey: string }> {
    return this.#serial(async () => {
      const instanceKey = stableId('inst', request.idempotencyKey ?? request.businessKey);
      const existing = await this.#store.engine.instance(instanceKey);
      if (existing) return { instanceKey };
      await this.#brokerClock.sync();
      const created = await this.#zb.createProcessInstance({
        bpmnProcessId: request.processId,
        variables: sdk(request.variables),
      });
      const zeebeKey = String(created.processInstanceKey);
      const save: Mutation = {
        kind: 'instance.save',
        record: {
          instanceKey,
          processKey: String(created.processDefinitionKey),
          businessKey: request.businessKey,
          status: 'active',
          state: { zeebeInstanceKey: zeebeKey },
          variables: {},
          rev: 0,
          updatedAt: this.#now(),
        },
        expectedRev: null,
      };
      try {
        await this.#store.transact([...(request.effects ?? []), save]);
      } catch (error) {
        // Not accepted by the store: the broker's instance must not live on without its case.
        await this.#zb.cancelProcessInstance(zeebeKey).catch(() => undefined);
        throw error;
      }
      this.#mirror.track({ zeebeKey, instanceKey, businessKey: request.businessKey, root: true });
      this.#started.push(zeebeKey);
      return { instanceKey };
    });
  }

  completeUserTask(taskId: string, variables: Variables, effects: Mutation[] = []): Promise<void> {
    return this.#serial(async () => {
      const task = await this.#store.tasks.get(taskId);
      const jobKey = jobKeyOf(taskId);
      if (!task || !jobKey) throw new NotFoundError(`task '${taskId}' not found`);
      if (task.status !== 'open')
        throw new ConflictError(`task '${taskId}' is not waiting`, [], 'task_not_open');
      await this.#brokerClock.sync();
      try {
        await this.#zb.completeJob({ jobKey, variables: sdk(variables) });
      } catch (error) {
        throw new ConflictError(
          `task '${taskId}' is not waiting: ${(error as Error).message}`,
          [],
          'task_not_open',
        );
      }
      await this.#store.transact(effects);
    });
  }

  publishMessage(request: MessageRequest): Promise<boolean> {
    return this.#serial(async () => {
      const subscribed = await this.#store.engine.subscriptions(request.name, request.correlationKey);
      const correlated = subscribed.length > 0;
      if (!correlated && !request.ttlMs) return false;
      await this.#brokerClock.sync();
      await this.#zb.publishMessage({
        name: request.name,
        correlationKey: request.correlationKey,
        variables: sdk(request.variables ?? {}),
        timeToLive: request.ttlMs ?? 0,
      });
      await this.#store.transact(request.effects ?? []);
      return correlated;
    });
  }

  runDue(): Promise<number> {
    return this.#serial(async () => {
      const now = await this.#brokerClock.sync();
      let processed = await this.#catchUp(now);
      const available = this.#mirror.activatableTypes();
      for (const type of [...this.#workers.keys(), userTaskJobType]) {
        if (available.has(type)) processed += await this.#activate(type);
      }
      return processed;
    });
  }

  startPolling(intervalMs = 1000): void {
    if (this.#poller) return;
    this.#poller = setInterval(() => {
      if (this.#polling) return;
      this.#polling = this.runDue()
        .catch(() => 0)
        .finally(() => (this.#polling = null));
    }, intervalMs);
    this.#poller.unref();
  }

  async close(): Promise<void> {
    if (this.#poller) clearInterval(this.#poller);
    this.#poller = null;
    await this.#polling;
    await this.#serial(async () => {
      if (!this.#cancelOnClose) return;
      for (const key of this.#started) await this.#zb.cancelProcessInstance(key).catch(() => undefined);
    });
    await this.#zb.close();
  }

  #now(): string {
    return this.#clock.now().toISOString();
  }

  /**
   * Read the record stream until the broker has fired every timer and back-off due at `now` and
   * exported everything before a probe message published now; mirror it. Returns the number of
   * records that concerned this adapter's instances.
   */
  async #catchUp(now: number): Promise<number> {
    let relevant = 0;
    const deadline = Date.now() + this.#waitMs;
    for (;;) {
      const probe = await this.#zb.publishMessage({
        name: probeMessage,
        correlationKey: randomUUID(),
        timeToLive: 0,
        variables: {},
      });
      const probeKey = Number(probe.key);
      let seen = false;
      while (!seen) {
        const records = await this.#tail.read();
        seen = records.some((r) => r.valueType === 'MESSAGE' && r.key === probeKey);
        const batch = this.#mirror.apply(records);
        relevant += batch.relevant;
        await this.#commitBatch(batch);
        if (!seen) await this.#waitForBroker(deadline, 'the record exporter');
      }
      if (this.#mirror.overdue(now) === 0) return relevant;
      await this.#waitForBroker(deadline, 'due timers to fire');
    }
  }

  async #waitForBroker(deadline: number, what: string): Promise<void> {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise<void>((resolve) => setTimeout(resolve, 3));
  }

  async #commitBatch(batch: MirrorBatch): Promise<void> {
    const writes: Mutation[] = [...batch.mutations];
    for (const event of batch.events) writes.push(...(await this.#projector.project(event)));
    for (const { jobKey, businessKey } of batch.cancelledUserTaskJobs) {
      const taskId = taskIdFor(jobKey);
      const task = await this.#store.tasks.get(taskId);
      if (task?.status !== 'open') continue;
      const cancelled: EngineEvent = { type: 'userTask.cancelled', taskId, businessKey };
      writes.push(...(await this.#projector.project(cancelled)));
    }
    for (const { instanceKey, status } of batch.ended) {
      const record = await this.#store.engine.instance(instanceKey);
      if (!record || record.status !== 'active') continue;
      writes.push({
        kind: 'instance.save',
        record: { ...record, status, updatedAt: this.#now() },
        expectedRev: record.rev,
      });
    }
    if (writes.length) await this.#store.transact(writes);
  }

  /** Activate and handle the jobs of one type available now. Returns how many were handled. */
  async #activate(type: string): Promise<number> {
    const userTask = type === userTaskJobType;
    const jobs = (await this.#zb.activateJobs({
      type,
      worker: workerName,
      maxJobsToActivate: 32,
      timeout: userTask ? userTaskJobTimeoutMs : serviceJobTimeoutMs,
      requestTimeout: -1,
    })) as unknown as ActivatedJob[];
    let handled = 0;
    for (const job of jobs) {
      let owner = this.#mirror.instances.get(String(job.processInstanceKey));
      if (!owner) {
        // A child instance the mirror has not seen yet: its records precede the job's activation.
        await this.#catchUp(await this.#brokerClock.sync());
        owner = this.#mirror.instances.get(String(job.processInstanceKey));
      }
      if (!owner) continue; // another platform's instance on a shared broker: it times out there
      if (userTask) await this.#projectUserTask(job, owner);
      else await this.#handle(job, owner, this.#workers.get(type) as JobWorker);
      handled += 1;
    }
    return handled;
  }

  async #projectUserTask(job: ActivatedJob, owner: InstanceInfo): Promise<void> {
    // A job delivered again (its activation timed out) keeps its task: ids come from the job key.
    if (await this.#store.tasks.get(taskIdFor(job.key))) return;
    const element = this.#catalog.element(job.bpmnProcessId, job.processDefinitionVersion, job.elementId);
    const task = userTaskFromJob(job, owner, element?.name ?? job.elementId);
    await this.#store.transact(await this.#projector.project({ type: 'userTask.created', task }));
  }

  async #handle(activated: ActivatedJob, owner: InstanceInfo, worker: JobWorker): Promise<void> {
    const job: Job = {
      jobKey: activated.key,
      type: activated.type,
      instanceKey: owner.instanceKey,
      businessKey: owner.businessKey,
      elementId: activated.elementId,
      retries: activated.retries,
      variables: activated.variables,
      headers: activated.customHeaders,
    };
    const outcome = await runWorker(worker, job);
    const jobKey = activated.key;
    if (outcome.outcome === 'complete') {
      // Completed first: a job delivered twice completes once, so its effects commit once.
      await this.#zb.completeJob({ jobKey, variables: sdk(outcome.variables ?? {}) });
      if (outcome.effects?.length) await this.#store.transact(outcome.effects);
      return;
    }
    if (outcome.outcome === 'bpmnError') {
      await this.#zb.throwError({
        jobKey,
        errorCode: outcome.errorCode,
        errorMessage: outcome.message,
        variables: sdk(outcome.variables ?? {}),
      });
      return;
    }
    const element = this.#catalog.element(
      activated.bpmnProcessId,
      activated.processDefinitionVersion,
      activated.elementId,
    );
    const args = failArguments(outcome, activated, element?.retries ?? 3, this.#backoffMs);
    await this.#zb.failJob({ jobKey, ...args });
  }
}
