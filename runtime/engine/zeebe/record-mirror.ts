import type { JsonObject, JsonValue } from '../../common/json.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineEvent } from '../engine.js';
import type { BrokerRecord } from './record-tail.js';
import { userTaskJobType } from './user-task-job.js';

/** What the adapter knows of one Zeebe process instance it started (or a child of one). */
export interface InstanceInfo {
  zeebeKey: string;
  /** The engine port's instance key (stable for roots, like the embedded adapter's). */
  instanceKey: string;
  businessKey: string;
  root: boolean;
  /** The root instance's key (its own for a root): children are stored with their root. */
  rootInstanceKey: string;
}

/** A job-based user task the broker created (projected into the inbox from its JOB CREATED record). */
export interface CreatedUserTask {
  key: string;
  processDefinitionKey: string;
  elementId: string;
  customHeaders: Record<string, string>;
  owner: InstanceInfo;
}

/** A process instance the broker created, as its PROCESS_INSTANCE_CREATION record tells. */
export interface InstanceCreation {
  zeebeKey: string;
  bpmnProcessId: string;
  variables: JsonObject;
}

/** What applying a batch of records produced, to commit and project. */
export interface MirrorBatch {
  mutations: Mutation[];
  events: EngineEvent[];
  /** Root instances that completed or were terminated (their store rows change status). */
  ended: { instanceKey: string; status: 'completed' | 'terminated' }[];
  /** User-task jobs Zeebe created: their inbox tasks open. */
  createdUserTasks: CreatedUserTask[];
  /** User-task jobs Zeebe cancelled (the element was left): their inbox tasks close. */
  cancelledUserTaskJobs: { jobKey: string; businessKey: string }[];
  /** Call-activity children first seen now, to store with their root. */
  children: InstanceInfo[];
  /** Root-scope variables set now, per root instance key. */
  variables: Map<string, JsonObject>;
  /** Jobs completed and messages published (by message id): confirm pending broker commands. */
  completedJobs: Set<string>;
  publishedMessages: Set<string>;
  /** Every instance creation, this adapter's or not (a start command's fate after a crash). */
  creations: InstanceCreation[];
  /** Records about instances of this adapter (0 = the broker did nothing for us). */
  relevant: number;
}

const str = (v: unknown) => String(v);

/** The engine port's key of a call activity's child instance. */
export const childInstanceKey = (zeebeKey: string) => `inst_zb${zeebeKey}`;

/** Job intents after which the job can be activated (again). */
const activatableAfter = new Set([
  'CREATED',
  'FAILED',
  'TIMED_OUT',
  'RECURRED_AFTER_BACKOFF',
  'RETRIES_UPDATED',
  'YIELDED',
]);

/**
 * Mirrors the broker's record stream into the Store's engine tables the rest of the platform reads
 * (timers for "what is due next", message subscriptions for "what is the case awaiting") and into
 * engine events (user tasks created and cancelled, incidents, instance completion); reports what
 * confirms pending broker commands (jobs completed, messages published, instances created). Also
 * tracks timers and job back-offs that are due, so the adapter can wait until the broker has fired them.
 */
export class RecordMirror {
  readonly instances = new Map<string, InstanceInfo>();
  readonly #variables = new Map<string, JsonObject>();
  /** Timer key -> due epoch ms, for timers not yet triggered or cancelled. */
  readonly #timers = new Map<string, number>();
  /** Job key -> epoch ms at which a failed job becomes activatable again. */
  readonly #backoffs = new Map<string, number>();
  /** Job key -> type, for jobs the broker would hand out now (created, failed with retries, timed out). */
  readonly #activatable = new Map<string, string>();

  track(info: InstanceInfo): void {
    this.instances.set(info.zeebeKey, info);
  }

  /** Timers or back-offs due at `now` the broker has not reported firing yet. */
  overdue(now: number): number {
    let n = 0;
    for (const due of this.#timers.values()) if (due <= now) n++;
    for (const due of this.#backoffs.values()) if (due <= now) n++;
    return n;
  }

  apply(records: BrokerRecord[]): MirrorBatch {
    const batch: MirrorBatch = {
      mutations: [],
      events: [],
      ended: [],
      createdUserTasks: [],
      cancelledUserTaskJobs: [],
      children: [],
      variables: new Map(),
      completedJobs: new Set(),
      publishedMessages: new Set(),
      creations: [],
      relevant: 0,
    };
    for (const r of records) {
      if (r.valueType === 'PROCESS_INSTANCE') this.#learnChild(r, batch);
      if (r.valueType === 'PROCESS_INSTANCE_CREATION' && r.intent === 'CREATED') {
        batch.creations.push({
          zeebeKey: str(r.value.processInstanceKey),
          bpmnProcessId: str(r.value.bpmnProcessId),
          variables: (r.value.variables ?? {}) as JsonObject,
        });
      }
      if (r.valueType === 'MESSAGE' && r.intent === 'PUBLISHED' && r.value.messageId) {
        batch.publishedMessages.add(str(r.value.messageId));
      }
      const owner = this.instances.get(str(r.value.processInstanceKey));
      if (!owner) continue;
      batch.relevant += 1;
      switch (r.valueType) {
        case 'PROCESS_INSTANCE':
          this.#processInstance(r, owner, batch);
          break;
        case 'VARIABLE':
          if (str(r.value.scopeKey) === owner.zeebeKey) this.#variable(r, owner, batch);
          break;
        case 'TIMER':
          this.#timer(r, owner, batch);
          break;
        case 'JOB':
          this.#job(r, owner, batch);
          break;
        case 'PROCESS_MESSAGE_SUBSCRIPTION':
          this.#subscription(r, owner, batch);
          break;
        case 'INCIDENT':
          if (r.intent === 'CREATED')
            batch.events.push({
              type: 'incident',
              incidentKey: str(r.key),
              jobKey: Number(r.value.jobKey) > 0 ? str(r.value.jobKey) : null,
              instanceKey: owner.instanceKey,
              businessKey: owner.businessKey,
              elementId: str(r.value.elementId),
              message: str(r.value.errorMessage),
            });
          break;
      }
    }
    return batch;
  }

  /** A call activity's child instance belongs to its parent's case. */
  #learnChild(r: BrokerRecord, batch: MirrorBatch): void {
    if (r.intent !== 'ELEMENT_ACTIVATING' || r.value.bpmnElementType !== 'PROCESS') return;
    const parent = this.instances.get(str(r.value.parentProcessInstanceKey));
    const key = str(r.value.processInstanceKey);
    if (!parent || this.instances.has(key)) return;
    const child: InstanceInfo = {
      zeebeKey: key,
      instanceKey: childInstanceKey(key),
      businessKey: parent.businessKey,
      root: false,
      rootInstanceKey: parent.rootInstanceKey,
    };
    this.track(child);
    batch.children.push(child);
  }

  #processInstance(r: BrokerRecord, owner: InstanceInfo, batch: MirrorBatch): void {
    if (r.value.bpmnElementType !== 'PROCESS') return;
    if (r.intent === 'ELEMENT_COMPLETED') {
      batch.events.push({
        type: 'instance.completed',
        instanceKey: owner.instanceKey,
        businessKey: owner.businessKey,
        variables: this.#variables.get(owner.zeebeKey) ?? {},
        root: owner.root,
      });
      if (owner.root) batch.ended.push({ instanceKey: owner.instanceKey, status: 'completed' });
    } else if (r.intent === 'ELEMENT_TERMINATED' && owner.root) {
      batch.ended.push({ instanceKey: owner.instanceKey, status: 'terminated' });
    }
    if (r.intent === 'ELEMENT_COMPLETED' || r.intent === 'ELEMENT_TERMINATED') {
      this.#variables.delete(owner.zeebeKey);
    }
  }

  #variable(r: BrokerRecord, owner: InstanceInfo, batch: MirrorBatch): void {
    const vars = this.#variables.get(owner.zeebeKey) ?? {};
    const name = str(r.value.name);
    const value = JSON.parse(str(r.value.value)) as JsonValue;
    vars[name] = value;
    this.#variables.set(owner.zeebeKey, vars);
    if (!owner.root) return;
    const changed = batch.variables.get(owner.instanceKey) ?? {};
    changed[name] = value;
    batch.variables.set(owner.instanceKey, changed);
  }

  /** A restarted adapter's knowledge of an instance: its variables and pending timers. */
  restore(info: InstanceInfo, variables: JsonObject, timers: { timerKey: string; dueAt: string }[]): void {
    this.track(info);
    if (info.root) this.#variables.set(info.zeebeKey, { ...variables });
    for (const t of timers) this.#timers.set(t.timerKey, Date.parse(t.dueAt));
  }

  #timer(r: BrokerRecord, owner: InstanceInfo, batch: MirrorBatch): void {
    const timerKey = str(r.key);
    if (r.intent === 'CREATED') {
      const due = Number(r.value.dueDate);
      this.#timers.set(timerKey, due);
      batch.mutations.push({
        kind: 'timer.set',
        record: {
          instanceKey: owner.instanceKey,
          timerKey,
          elementId: str(r.value.targetElementId),
          dueAt: new Date(due).toISOString(),
        },
      });
    } else if (r.intent === 'TRIGGERED' || r.intent === 'CANCELED') {
      this.#timers.delete(timerKey);
      batch.mutations.push({ kind: 'timer.clear', instanceKey: owner.instanceKey, timerKey });
    }
  }

  /** Job types with activatable jobs of this adapter's instances (only these are polled). */
  activatableTypes(): Set<string> {
    return new Set(this.#activatable.values());
  }

  #job(r: BrokerRecord, owner: InstanceInfo, batch: MirrorBatch): void {
    const jobKey = str(r.key);
    if (r.intent === 'COMPLETED') batch.completedJobs.add(jobKey);
    if (r.value.type === userTaskJobType) {
      // Never activated: the inbox holds them, completion goes to the broker by job key.
      if (r.intent === 'CREATED') batch.createdUserTasks.push(this.#userTask(r, jobKey, owner));
      if (r.intent === 'CANCELED')
        batch.cancelledUserTaskJobs.push({ jobKey, businessKey: owner.businessKey });
      return;
    }
    if (activatableAfter.has(r.intent) && !(r.intent === 'FAILED' && Number(r.value.retries) <= 0)) {
      this.#activatable.set(jobKey, str(r.value.type));
    } else {
      this.#activatable.delete(jobKey);
    }
    const backoff = Number(r.value.retryBackoff ?? 0);
    if (r.intent === 'FAILED' && Number(r.value.retries) > 0 && backoff > 0) {
      this.#backoffs.set(jobKey, r.timestamp + backoff);
    } else if (r.intent !== 'FAILED') {
      this.#backoffs.delete(jobKey);
    }
  }

  #userTask(r: BrokerRecord, jobKey: string, owner: InstanceInfo): CreatedUserTask {
    return {
      key: jobKey,
      processDefinitionKey: str(r.value.processDefinitionKey),
      elementId: str(r.value.elementId),
      customHeaders: (r.value.customHeaders ?? {}) as Record<string, string>,
      owner,
    };
  }

  #subscription(r: BrokerRecord, owner: InstanceInfo, batch: MirrorBatch): void {
    const elementId = str(r.value.elementId);
    if (r.intent === 'CREATED') {
      batch.mutations.push({
        kind: 'subscription.set',
        record: {
          instanceKey: owner.instanceKey,
          elementId,
          messageName: str(r.value.messageName),
          correlationKey: str(r.value.correlationKey),
        },
      });
    } else if (r.intent === 'DELETED' || (r.intent === 'CORRELATED' && r.value.interrupting !== false)) {
      batch.mutations.push({ kind: 'subscription.clear', instanceKey: owner.instanceKey, elementId });
    }
  }
}
