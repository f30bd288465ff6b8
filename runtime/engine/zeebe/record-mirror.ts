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
}

/** What applying a batch of records produced, to commit and project. */
export interface MirrorBatch {
  mutations: Mutation[];
  events: EngineEvent[];
  /** Root instances that completed or were terminated (their store rows change status). */
  ended: { instanceKey: string; status: 'completed' | 'terminated' }[];
  /** User-task jobs Zeebe cancelled (the element was left): their inbox tasks close. */
  cancelledUserTaskJobs: { jobKey: string; businessKey: string }[];
  /** Records about instances of this adapter (0 = the broker did nothing for us). */
  relevant: number;
}

const str = (v: unknown) => String(v);

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
 * engine events (incidents, instance completion). Also tracks timers and job back-offs that are due,
 * so the adapter can wait until the broker has fired them.
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
      cancelledUserTaskJobs: [],
      relevant: 0,
    };
    for (const r of records) {
      if (r.valueType === 'PROCESS_INSTANCE') this.#learnChild(r);
      const owner = this.instances.get(str(r.value.processInstanceKey));
      if (!owner) continue;
      batch.relevant += 1;
      switch (r.valueType) {
        case 'PROCESS_INSTANCE':
          this.#processInstance(r, owner, batch);
          break;
        case 'VARIABLE':
          if (str(r.value.scopeKey) === owner.zeebeKey) this.#variable(r, owner);
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
  #learnChild(r: BrokerRecord): void {
    if (r.intent !== 'ELEMENT_ACTIVATING' || r.value.bpmnElementType !== 'PROCESS') return;
    const parent = this.instances.get(str(r.value.parentProcessInstanceKey));
    const key = str(r.value.processInstanceKey);
    if (!parent || this.instances.has(key)) return;
    this.track({ zeebeKey: key, instanceKey: `inst_zb${key}`, businessKey: parent.businessKey, root: false });
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

  #variable(r: BrokerRecord, owner: InstanceInfo): void {
    const vars = this.#variables.get(owner.zeebeKey) ?? {};
    vars[str(r.value.name)] = JSON.parse(str(r.value.value)) as JsonValue;
    this.#variables.set(owner.zeebeKey, vars);
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
    if (r.intent === 'CANCELED' && r.value.type === userTaskJobType) {
      batch.cancelledUserTaskJobs.push({ jobKey, businessKey: owner.businessKey });
    }
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
