import { randomUUID } from 'node:crypto';
import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe/index.js';
import type { Clock } from '../../common/clock.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { stableId } from '../../common/ids.js';
import type { JsonObject } from '../../common/json.js';
import type { Mutation } from '../../store/mutations.js';
import type { Store } from '../../store/store.js';
import type { Job, JobWorker } from '../job-worker.js';
import { PollingLoop } from '../polling-loop.js';
import { BrokerClock } from './broker-clock.js';
import {
  brokerCommandTopic,
  canonicalJson,
  commandEntry,
  commandId,
  commandFromEntry,
  commandResolved,
  newCommand,
  outcomeUnknown,
  type PendingCommand,
} from './broker-command.js';
import { restoreInstances, stateJson, zeebeState } from './instance-state.js';
import { failArguments, runWorker } from './job-outcome.js';
import { namespacedId } from '../process-namespace.js';
import { namespaceBpmn } from './namespaced-bpmn.js';
import { ProcessCatalog } from './process-catalog.js';
import { ZeebeMigration } from './zeebe-migration.js';
import { RecordMirror, type CreatedUserTask, type InstanceInfo, type MirrorBatch } from './record-mirror.js';
import { RecordTail } from './record-tail.js';
import { jobKeyOf, taskIdFor, userTaskFromJob } from './user-task-job.js';
import type * as port from '../engine.js';

export interface ZeebeEngineOptions {
  /** Owned by the adapter: closed with it. */
  client: ZeebeGrpcClient;
  store: Store;
  clock: Clock;
  projector: port.EngineProjector;
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
  /**
   * A broker command whose answer was lost (a crash, a timeout) counts as not applied once a
   * catch-up has read the record stream this long (wall clock) after it was sent without finding it.
   */
  commandGraceMs?: number;
}

const workerName = 'case-platform';
/** Service jobs are handled inside one runDue; the broker takes them back after this. */
const serviceJobTimeoutMs = 60_000;
const probeMessage = '__case-platform-probe';
/** The store cursor holding how far the record stream was read (committed with what was read). */
const cursorName = 'zeebe-records';

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
  processDefinitionKey: string;
  elementId: string;
  retries: number;
  customHeaders: Record<string, string>;
  variables: JsonObject;
}

/**
 * The Zeebe engine adapter (@camunda8/sdk's ZeebeGrpcClient). BPMN is deployed with namespaced
 * process ids (a bundle's processes, and its call activities, under the bundle's namespace); jobs of
 * every registered JobWorker type are activated and handled here; the broker's record stream (the
 * JSON-lines exporter) is mirrored into the Store: job-based user tasks (`io.camunda.zeebe:userTask`,
 * never activated: the inbox completes them by job key), timers, message subscriptions, incidents,
 * completion. The read position is committed with what was read, and which broker instances belong
 * to which case lives in the instance records, so a restarted adapter carries on where it stopped.
 * Commands whose store effects depend on the broker's answer go through the outbox first
 * (`broker-command.ts`): a crash between the broker's answer and the commit neither loses nor
 * doubles them. `runDue` pins the broker's controlled clock to the platform clock, waits until the
 * broker has fired what is due and exported what it did, then handles the jobs available:
 * deterministic enough for scenario tests, and what the background poller runs in production.
 */
export class ZeebeEngine implements port.Engine {
  readonly #zb: ZeebeGrpcClient;
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #projector: port.EngineProjector;
  readonly #brokerClock: BrokerClock;
  readonly #tail: RecordTail;
  readonly #mirror = new RecordMirror();
  readonly #catalog: ProcessCatalog;
  readonly #migration: ZeebeMigration;
  readonly #workers = new Map<string, JobWorker>();
  /** Broker commands whose fate the record stream has yet to tell (after a crash or a lost answer). */
  readonly #pending = new Map<string, PendingCommand>();
  readonly #backoffMs: number;
  readonly #waitMs: number;
  readonly #graceMs: number;
  readonly #cancelOnClose: boolean;
  readonly #started: string[] = [];
  /** Poll every worker type once: jobs created before a restart are not in the mirror. */
  #pollAll = true;
  #queue: Promise<unknown> = Promise.resolve();
  // a failed round is retried by the next one (the record stream settles what it left)
  readonly #poller = new PollingLoop(
    () => this.runDue(),
    () => undefined,
  );

  constructor(options: ZeebeEngineOptions) {
    this.#zb = options.client;
    this.#store = options.store;
    this.#clock = options.clock;
    this.#projector = options.projector;
    this.#brokerClock = new BrokerClock(options.clock, options.managementUrl ?? null);
    this.#tail = new RecordTail(options.recordsFile);
    this.#catalog = new ProcessCatalog(options.store, () => this.#now());
    this.#migration = new ZeebeMigration(options.client, options.store, this.#catalog);
    this.#backoffMs = options.retryBackoffMs ?? 1000;
    this.#waitMs = options.brokerWaitMs ?? 15_000;
    this.#graceMs = options.commandGraceMs ?? 30_000;
    this.#cancelOnClose = options.cancelInstancesOnClose ?? false;
  }

  /**
   * Resume where the store says: the record stream from the committed position (a store that never
   * ran on this broker starts at the stream's end), the instances of active cases, and the broker
   * commands left unresolved by a crash.
   */
  async init(): Promise<void> {
    const cursor = await this.#store.engine.cursor(cursorName);
    if (cursor) await this.#tail.seek(cursor.position);
    else await this.#tail.skipExisting();
    await restoreInstances(this.#store, this.#mirror);
    for (const entry of await this.#store.engine.outboxPending(100_000, brokerCommandTopic)) {
      const command = commandFromEntry(entry);
      this.#pending.set(command.id, command);
    }
  }

  /** One broker interaction at a time: the mirror and the clock pin are shared state. */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Deployed namespaced (`namespaced-bpmn.ts`): process ids and call activities stay within the bundle. */
  deploy(bundle: port.ProcessResource[], namespace = ''): Promise<port.DeployedProcess[]> {
    const resources = bundle.map((r) => ({ name: r.name, xml: namespaceBpmn(r.xml, namespace) }));
    return this.#serial(async () => {
      if (resources.length === 0) return [];
      const response = await this.#zb.deployResources(
        resources.map((r) => ({ name: bpmnName(r.name), process: Buffer.from(r.xml, 'utf8') })),
      );
      const deployed: port.DeployedProcess[] = [];
      for (const d of response.deployments as { process?: Record<string, unknown> }[]) {
        if (!d.process) continue;
        const processId = String(d.process.bpmnProcessId);
        const version = Number(d.process.version);
        const resource = resources.find((r) => bpmnName(r.name) === d.process?.resourceName);
        const processKey = String(d.process.processDefinitionKey);
        if (resource) await this.#catalog.add(processKey, resource, processId, version);
        deployed.push({ processKey, processId, version });
      }
      return deployed;
    });
  }

  /** The job gets one retry (updateJobRetries) and the incident is resolved; effects commit after. */
  retryIncident(incident: port.IncidentRef, effects: Mutation[] = []): Promise<void> {
    return this.#serial(async () => {
      const notOpen = (error: unknown) => {
        if (outcomeUnknown(error)) throw error;
        throw new ConflictError(
          `incident '${incident.incidentKey}' is not open: ${(error as Error).message}`,
          [],
          'incident_not_open',
        );
      };
      if (incident.jobKey)
        await this.#zb.updateJobRetries({ jobKey: incident.jobKey, retries: 1 }).catch(notOpen);
      await this.#zb.resolveIncident({ incidentKey: incident.incidentKey }).catch(notOpen);
      await this.#store.transact(effects);
    });
  }

  /**
   * Zeebe has no command to move an armed timer or to re-evaluate its expression, so the case's
   * 预警 / 催办 timers keep their instants: only `effects` commit. The reminder worker reads the
   * case's deadline when a timer fires, so a later deadline still defers 催办.
   */
  rescheduleCase(_businessKey: string, _variables: port.Variables, effects: Mutation[] = []): Promise<void> {
    return this.#serial(() => this.#store.transact(effects));
  }

  /** Dry run against what the store mirrors and Zeebe 8.5's limits (`zeebe-migration.ts`). */
  planMigration(request: port.MigrationRequest): Promise<port.MigrationCheck> {
    return this.#serial(async () => (await this.#migration.plan(request)).check);
  }

  /** The broker's MigrateProcessInstance, then the store follows (not CI-proven: see README). */
  migrate(request: port.MigrationRequest): Promise<port.MigrationCheck> {
    return this.#serial(() => this.#migration.migrate(request));
  }

  registerWorker(worker: JobWorker): void {
    this.#workers.set(worker.type, worker);
  }

  start(request: port.StartRequest): Promise<{ instanceKey: string }> {
    return this.#serial(async () => {
      const instanceKey = stableId('inst', request.idempotencyKey ?? request.businessKey);
      const existing = await this.#store.engine.instance(instanceKey);
      if (existing) return { instanceKey };
      await this.#brokerClock.sync();
      const processId = namespacedId(request.namespace, request.processId);
      const command = newCommand({ command: 'start', processId, variables: request.variables }, []);
      const created = await this.#send(command, () =>
        this.#zb.createProcessInstance({
          bpmnProcessId: processId,
          variables: sdk(request.variables),
        }),
      );
      const zeebeKey = String(created.processInstanceKey);
      const save: Mutation = {
        kind: 'instance.save',
        record: {
          instanceKey,
          processKey: String(created.processDefinitionKey),
          businessKey: request.businessKey,
          status: 'active',
          state: stateJson({ zeebeInstanceKey: zeebeKey, children: [] }),
          variables: {},
          rev: 0,
          updatedAt: this.#now(),
        },
        expectedRev: null,
      };
      try {
        await this.#store.transact([...(request.effects ?? []), save, commandResolved(command, this.#now())]);
      } catch (error) {
        // Not accepted by the store: the broker's instance must not live on without its case.
        await this.#zb.cancelProcessInstance(zeebeKey).then(
          () => this.#store.transact([commandResolved(command, this.#now())]),
          () => this.#pending.set(command.id, command), // the next catch-up cancels it
        );
        throw error;
      }
      this.#mirror.track({
        zeebeKey,
        instanceKey,
        businessKey: request.businessKey,
        root: true,
        rootInstanceKey: instanceKey,
      });
      this.#started.push(zeebeKey);
      return { instanceKey };
    });
  }

  completeUserTask(taskId: string, variables: port.Variables, effects: Mutation[] = []): Promise<void> {
    return this.#serial(async () => {
      const task = await this.#store.tasks.get(taskId);
      const jobKey = jobKeyOf(taskId);
      if (!task || !jobKey) throw new NotFoundError(`task '${taskId}' not found`);
      if (task.status !== 'open')
        throw new ConflictError(`task '${taskId}' is not waiting`, [], 'task_not_open');
      await this.#brokerClock.sync();
      const command = newCommand({ command: 'completeJob', jobKey, variables }, effects);
      try {
        await this.#send(command, () => this.#zb.completeJob({ jobKey, variables: sdk(variables) }));
      } catch (error) {
        if (outcomeUnknown(error)) throw error;
        throw new ConflictError(
          `task '${taskId}' is not waiting: ${(error as Error).message}`,
          [],
          'task_not_open',
        );
      }
      await this.#commit(command);
    });
  }

  publishMessage(request: port.MessageRequest): Promise<boolean> {
    return this.#serial(async () => {
      const subscribed = await this.#store.engine.subscriptions(request.name, request.correlationKey);
      const correlated = subscribed.length > 0;
      if (!correlated && !request.ttlMs) return false;
      await this.#brokerClock.sync();
      const message = {
        name: request.name,
        correlationKey: request.correlationKey,
        variables: request.variables ?? {},
        ttlMs: request.ttlMs ?? 0,
      };
      const effects = request.effects ?? [];
      const publish = (messageId?: string) =>
        this.#zb.publishMessage({
          ...message,
          variables: sdk(message.variables),
          timeToLive: message.ttlMs,
          ...(messageId ? { messageId } : {}),
        });
      if (effects.length === 0) {
        await publish();
        return correlated;
      }
      // The message id doubles as the command id: the PUBLISHED record names it.
      const messageId = commandId();
      const command = newCommand({ command: 'publishMessage', messageId, ...message }, effects, messageId);
      await this.#send(command, () => publish(messageId));
      await this.#commit(command);
      return correlated;
    });
  }

  runDue(): Promise<number> {
    return this.#serial(async () => {
      const now = await this.#brokerClock.sync();
      let processed = await this.#catchUp(now);
      const available = this.#pollAll ? new Set(this.#workers.keys()) : this.#mirror.activatableTypes();
      this.#pollAll = false;
      for (const type of this.#workers.keys()) {
        if (available.has(type)) processed += await this.#activate(type);
      }
      return processed;
    });
  }

  startPolling(intervalMs = 1000): void {
    this.#poller.start(intervalMs);
  }

  async close(): Promise<void> {
    await this.#poller.stop();
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
   * Write the command to the outbox, then send it. A definite rejection resolves it (nothing
   * applied) and rethrows; a lost answer leaves it pending for the record stream to settle.
   */
  async #send<T>(command: PendingCommand, call: () => Promise<T>): Promise<T> {
    await this.#store.transact([commandEntry(command, this.#now())]);
    try {
      return await call();
    } catch (error) {
      if (outcomeUnknown(error)) this.#pending.set(command.id, command);
      else await this.#store.transact([commandResolved(command, this.#now())]);
      throw error;
    }
  }

  /** The broker applied the command: its effects commit with its resolution, once. */
  async #commit(command: PendingCommand): Promise<void> {
    try {
      await this.#store.transact([...command.effects, commandResolved(command, this.#now())]);
    } catch (error) {
      this.#pending.set(command.id, command); // the record stream confirms it on the next catch-up
      throw error;
    }
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
      const probedAt = Date.now();
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
        await this.#settlePending(batch);
        await this.#commitBatch(batch);
        if (!seen) await this.#waitForBroker(deadline, 'the record exporter');
      }
      await this.#dropUnconfirmed(probedAt);
      if (this.#mirror.overdue(now) === 0) return relevant;
      await this.#waitForBroker(deadline, 'due timers to fire');
    }
  }

  async #waitForBroker(deadline: number, what: string): Promise<void> {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise<void>((resolve) => setTimeout(resolve, 3));
  }

  /** Pending commands the stream confirms: effects of applied ones commit, unaccepted starts end. */
  async #settlePending(batch: MirrorBatch): Promise<void> {
    for (const command of [...this.#pending.values()]) {
      const request = command.request;
      if (request.command === 'start') {
        const wanted = canonicalJson(request.variables);
        const creation = batch.creations.find(
          (c) => c.bpmnProcessId === request.processId && canonicalJson(c.variables) === wanted,
        );
        if (!creation) continue;
        await this.#zb.cancelProcessInstance(creation.zeebeKey).catch((error: unknown) => {
          if (outcomeUnknown(error)) throw error;
        });
        await this.#store.transact([commandResolved(command, this.#now())]);
      } else if (
        (request.command === 'completeJob' && batch.completedJobs.has(request.jobKey)) ||
        (request.command === 'publishMessage' && batch.publishedMessages.has(request.messageId))
      ) {
        await this.#commit(command);
      } else {
        continue;
      }
      this.#pending.delete(command.id);
    }
  }

  /** Commands sent long enough before a probe the stream has passed, and not in it: not applied. */
  async #dropUnconfirmed(probedAt: number): Promise<void> {
    const dropped = [...this.#pending.values()].filter((c) => c.sentAt + this.#graceMs <= probedAt);
    if (dropped.length === 0) return;
    await this.#store.transact(dropped.map((c) => commandResolved(c, this.#now())));
    for (const c of dropped) this.#pending.delete(c.id);
  }

  /** One transaction per read: the mirror's writes, projections and the new stream position. */
  async #commitBatch(batch: MirrorBatch): Promise<void> {
    const writes: Mutation[] = [...batch.mutations];
    for (const created of batch.createdUserTasks) writes.push(...(await this.#projectUserTask(created)));
    for (const event of batch.events) writes.push(...(await this.#projector.project(event)));
    for (const { jobKey, businessKey } of batch.cancelledUserTaskJobs) {
      const taskId = taskIdFor(jobKey);
      const task = await this.#store.tasks.get(taskId);
      if (task?.status !== 'open') continue;
      const cancelled: port.EngineEvent = { type: 'userTask.cancelled', taskId, businessKey };
      writes.push(...(await this.#projector.project(cancelled)));
    }
    writes.push(...(await this.#instanceChanges(batch)));
    writes.push({
      kind: 'cursor.set',
      record: { name: cursorName, position: this.#tail.position, updatedAt: this.#now() },
    });
    await this.#store.transact(writes);
  }

  /** Root instance rows: new children, root variables, completion or termination. */
  async #instanceChanges(batch: MirrorBatch): Promise<Mutation[]> {
    const roots = new Set([
      ...batch.children.map((c) => c.rootInstanceKey),
      ...batch.variables.keys(),
      ...batch.ended.map((e) => e.instanceKey),
    ]);
    const saves: Mutation[] = [];
    for (const rootKey of roots) {
      const record = await this.#store.engine.instance(rootKey);
      const state = zeebeState(record?.state ?? null);
      if (!record || !state) continue;
      const children = batch.children.filter((c) => c.rootInstanceKey === rootKey).map((c) => c.zeebeKey);
      const ended = batch.ended.find((e) => e.instanceKey === rootKey);
      saves.push({
        kind: 'instance.save',
        record: {
          ...record,
          state: stateJson({ ...state, children: [...state.children, ...children] }),
          variables: { ...record.variables, ...(batch.variables.get(rootKey) ?? {}) },
          status: ended && record.status === 'active' ? ended.status : record.status,
          updatedAt: this.#now(),
        },
        expectedRev: record.rev,
      });
    }
    return saves;
  }

  async #projectUserTask(created: CreatedUserTask): Promise<Mutation[]> {
    // Read again after a crash before the position moved: ids come from the job key.
    if (await this.#store.tasks.get(taskIdFor(created.key))) return [];
    const element = await this.#catalog.element(created.processDefinitionKey, created.elementId);
    const task = userTaskFromJob(created, created.owner, element?.name ?? created.elementId);
    return this.#projector.project({ type: 'userTask.created', task });
  }

  /** Activate and handle the jobs of one type available now. Returns how many were handled. */
  async #activate(type: string): Promise<number> {
    const jobs = (await this.#zb.activateJobs({
      type,
      worker: workerName,
      maxJobsToActivate: 32,
      timeout: serviceJobTimeoutMs,
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
      await this.#handle(job, owner, this.#workers.get(type) as JobWorker);
      handled += 1;
    }
    return handled;
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
      const variables = outcome.variables ?? {};
      const command = newCommand({ command: 'completeJob', jobKey, variables }, outcome.effects ?? []);
      // Written first, committed once the broker completed the job: a job delivered twice (its
      // activation timed out) completes once, so its effects commit once.
      const completed = await this.#send(command, () =>
        this.#zb.completeJob({ jobKey, variables: sdk(variables) }),
      ).then(
        () => true,
        (error: unknown) => {
          if (outcomeUnknown(error)) throw error;
          return false; // no longer this activation's job (timed out and handed out again, or gone)
        },
      );
      if (completed) await this.#commit(command);
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
    const element = await this.#catalog.element(String(activated.processDefinitionKey), activated.elementId);
    const args = failArguments(outcome, activated, element?.retries ?? 3, this.#backoffMs);
    await this.#zb.failJob({ jobKey, ...args });
  }
}
