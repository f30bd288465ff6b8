import { EventEmitter } from 'node:events';
import { Engine as BpmnEngine } from 'bpmn-engine';
import * as Elements from 'bpmn-elements';
import type { Clock } from '../../common/clock.js';
import { stableId } from '../../common/ids.js';
import type { JsonObject } from '../../common/json.js';
import { isJsonObject } from '../../common/json.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord, JobRecord, TimerRecord } from '../../store/records.js';
import type { EngineEvent } from '../engine.js';
import { evaluateFeel, evaluateList } from '../feel/feel-evaluator.js';
import type {
  ActivityApi,
  ActivityElement,
  BpmnEngineInstance,
  ServiceCallback,
  ServiceExecuteMessage,
} from './bpmn-engine-types.js';
import { DurableTimers } from './durable-timers.js';
import { feelExpressions } from './feel-expressions.js';
import type { ElementModel, ProcessModel } from './process-model.js';
import { applyInputs, applyOutputs } from './variable-mapping.js';

/** Adapter bookkeeping persisted beside bpmn-engine's own state. */
export interface InstanceMeta {
  openTasks: Record<string, { taskId: string; elementId: string }>;
  openJobs: Record<string, { jobKey: string; elementId: string }>;
  subscriptions: Record<string, { messageName: string; correlationKey: string }>;
}

export interface InstanceContext {
  clock: Clock;
  model: ProcessModel;
  elements: Record<string, unknown>;
  existingTimers: TimerRecord[];
}

const jobActivityTypes = new Set(['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask']);
const silentLogger = () => ({ debug() {}, error() {}, warn() {} });

/**
 * One process instance, live in memory for the length of a step: recovered from the store,
 * driven by one input, reconciled into mutations (state, tasks, jobs, timers, subscriptions),
 * committed, and dropped. Nothing about an instance lives only in memory between steps.
 */
export class LiveInstance {
  readonly events: EngineEvent[] = [];
  readonly mutations: Mutation[] = [];
  readonly completedTasks = new Set<string>();
  readonly completedJobs = new Set<string>();
  readonly checkedSubscriptions = new Set<string>();
  #callbacks = new Map<string, ServiceCallback>();
  #engine!: BpmnEngineInstance;
  #timers: DurableTimers;
  #ended = false;
  #completionReported = false;
  #failure: Error | null = null;

  private constructor(
    readonly record: EngineInstanceRecord,
    readonly meta: InstanceMeta,
    private readonly ctx: InstanceContext,
  ) {
    this.#timers = new DurableTimers(record.instanceKey, ctx.clock);
  }

  get variables(): JsonObject {
    return this.record.variables;
  }

  get completed(): boolean {
    return this.#ended;
  }

  static async start(ctx: InstanceContext, record: EngineInstanceRecord): Promise<LiveInstance> {
    const live = new LiveInstance(record, { openTasks: {}, openJobs: {}, subscriptions: {} }, ctx);
    live.#engine = live.#createEngine();
    await live.#engine.execute({ listener: new EventEmitter() });
    await live.settle();
    return live;
  }

  static async load(ctx: InstanceContext, record: EngineInstanceRecord): Promise<LiveInstance> {
    const state = record.state ?? {};
    const meta = (state.meta ?? {
      openTasks: {},
      openJobs: {},
      subscriptions: {},
    }) as unknown as InstanceMeta;
    const live = new LiveInstance(record, meta, ctx);
    live.#engine = live.#createEngine().recover(state.engine);
    await live.#engine.resume({ listener: new EventEmitter() });
    await live.settle();
    return live;
  }

  #createEngine(): BpmnEngineInstance {
    const engine = new BpmnEngine({
      name: this.record.instanceKey,
      sourceContext: this.ctx.model.sourceContext,
      elements: this.ctx.elements,
      expressions: feelExpressions(() => this.record.variables),
      timers: this.#timers,
      Logger: silentLogger,
      extensions: { zeebe: (activity: ActivityElement) => this.#installServiceBehaviour(activity) },
    } as never) as unknown as BpmnEngineInstance;
    engine.once('end', () => (this.#ended = true));
    engine.once('error', (err) => (this.#failure = err as Error));
    return engine;
  }

  #installServiceBehaviour(activity: ActivityElement): void {
    if (!jobActivityTypes.has(activity.type)) return;
    const callbacks = this.#callbacks;
    // bpmn-elements constructs the behaviour with `new`, so this must be a plain function.
    activity.behaviour.Service = function JobBehaviour() {
      return {
        execute(message: ServiceExecuteMessage, callback: ServiceCallback) {
          callbacks.set(message.content.executionId, callback);
        },
      };
    };
  }

  /** Let bpmn-engine's queued messages run to a wait state. */
  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
    if (this.#failure) throw this.#failure;
  }

  #postponed(): ActivityApi[] {
    const out: ActivityApi[] = [];
    const visit = (list: ActivityApi[]) => {
      for (const api of list) {
        out.push(api);
        if (api.owner?.isSubProcess)
          visit(api.getPostponed().filter((a) => a.executionId !== api.executionId));
      }
    };
    visit(this.#engine.execution?.getPostponed() ?? []);
    return out;
  }

  #element(id: string): ElementModel | undefined {
    return this.ctx.model.elements.get(id);
  }

  /** Complete a user task with the given result variables. Returns false if it is not waiting. */
  async completeTask(taskId: string, result: JsonObject): Promise<boolean> {
    const entry = Object.entries(this.meta.openTasks).find(([, t]) => t.taskId === taskId);
    const api = entry && this.#postponed().find((a) => a.executionId === entry[0]);
    if (!entry || !api) return false;
    applyOutputs(this.#element(api.id)?.outputs ?? [], this.record.variables, result);
    this.completedTasks.add(taskId);
    api.signal({ ...result });
    await this.settle();
    return true;
  }

  /** Complete a job with its worker's result variables. Returns false if it is not waiting. */
  async completeJob(jobKey: string, result: JsonObject): Promise<boolean> {
    const entry = Object.entries(this.meta.openJobs).find(([, j]) => j.jobKey === jobKey);
    const callback = entry && this.#callbacks.get(entry[0]);
    if (!entry || !callback) return false;
    applyOutputs(this.#element(entry[1].elementId)?.outputs ?? [], this.record.variables, result);
    this.completedJobs.add(jobKey);
    this.#callbacks.delete(entry[0]);
    callback(null, result);
    await this.settle();
    return true;
  }

  /** Deliver a correlated message to the element waiting for it. */
  async deliverMessage(elementId: string, variables: JsonObject): Promise<boolean> {
    const api = this.#postponed().find((a) => a.id === elementId);
    if (!api) return false;
    applyOutputs(this.#element(elementId)?.outputs ?? [], this.record.variables, variables);
    api.signal({ ...variables });
    await this.settle();
    return true;
  }

  /** Diff the engine's wait states against the persisted bookkeeping; produce the step's writes. */
  async reconcile(now: string): Promise<void> {
    const postponed = this.#ended ? [] : this.#postponed();
    this.#reconcileTasks(postponed, now);
    this.#reconcileJobs(postponed, now);
    this.#reconcileSubscriptions(postponed);
    this.#reconcileTimers();
    const state = this.#ended ? null : await this.#engine.getState();
    if (state) for (const d of state.definitions ?? []) delete d.source;
    this.record.state = state ? ({ engine: state, meta: this.meta } as unknown as JsonObject) : null;
    this.record.updatedAt = now;
    if (this.#ended && !this.#completionReported) {
      this.#completionReported = true;
      this.record.status = 'completed';
      this.events.push({
        type: 'instance.completed',
        instanceKey: this.record.instanceKey,
        businessKey: this.record.businessKey,
        variables: this.record.variables,
      });
    }
  }

  #reconcileTasks(postponed: ActivityApi[], now: string): void {
    const waiting = postponed.filter((a) => a.type === 'bpmn:UserTask');
    const live = new Set(waiting.map((a) => a.executionId));
    for (const api of waiting) {
      if (this.meta.openTasks[api.executionId]) continue;
      const el = this.#element(api.id);
      const taskId = stableId('task', this.record.instanceKey, api.executionId);
      const vars = applyInputs(el?.inputs ?? [], this.record.variables);
      const due = el?.dueDate ? evaluateFeel(el.dueDate, vars) : null;
      this.meta.openTasks[api.executionId] = { taskId, elementId: api.id };
      this.events.push({
        type: 'userTask.created',
        task: {
          taskId,
          instanceKey: this.record.instanceKey,
          businessKey: this.record.businessKey,
          elementId: api.id,
          name: el?.name ?? api.id,
          formKey: el?.formKey ?? null,
          candidateGroups: evaluateList(el?.candidateGroups, vars),
          assignee: el?.assignee ? String(evaluateFeel(el.assignee, vars)) : null,
          dueDate: typeof due === 'string' ? new Date(due).toISOString() : null,
          variables: vars,
        },
      });
    }
    for (const [executionId, t] of Object.entries(this.meta.openTasks)) {
      if (live.has(executionId)) continue;
      delete this.meta.openTasks[executionId];
      if (!this.completedTasks.has(t.taskId)) {
        this.events.push({
          type: 'userTask.cancelled',
          taskId: t.taskId,
          businessKey: this.record.businessKey,
        });
      }
    }
    void now;
  }

  #reconcileJobs(postponed: ActivityApi[], now: string): void {
    const waiting = postponed.filter((a) => jobActivityTypes.has(a.type) && this.#element(a.id)?.jobType);
    const live = new Set(waiting.map((a) => a.executionId));
    for (const api of waiting) {
      if (this.meta.openJobs[api.executionId]) continue;
      const el = this.#element(api.id) as ElementModel;
      const jobKey = stableId('job', this.record.instanceKey, api.executionId);
      this.meta.openJobs[api.executionId] = { jobKey, elementId: api.id };
      const job: JobRecord = {
        jobKey,
        instanceKey: this.record.instanceKey,
        businessKey: this.record.businessKey,
        type: el.jobType as string,
        elementId: api.id,
        retries: el.retries,
        status: 'pending',
        variables: applyInputs(el.inputs, this.record.variables),
        headers: el.headers,
        runAfter: now,
        error: null,
        createdAt: now,
      };
      this.mutations.push({ kind: 'job.insert', record: job });
    }
    for (const [executionId, j] of Object.entries(this.meta.openJobs)) {
      if (live.has(executionId)) continue;
      delete this.meta.openJobs[executionId];
      if (this.completedJobs.has(j.jobKey)) {
        this.mutations.push({ kind: 'job.update', jobKey: j.jobKey, patch: { status: 'completed' } });
      } else {
        this.mutations.push({ kind: 'job.update', jobKey: j.jobKey, patch: { status: 'cancelled' } });
      }
    }
  }

  #reconcileSubscriptions(postponed: ActivityApi[]): void {
    const wanted = new Map<string, { messageName: string; correlationKey: string }>();
    for (const api of postponed) {
      const messageId = this.#element(api.id)?.messageId;
      const message = messageId ? this.ctx.model.messages.get(messageId) : undefined;
      if (!message) continue;
      const key = evaluateFeel(message.correlationKey, this.record.variables);
      wanted.set(api.id, { messageName: message.name, correlationKey: String(key) });
    }
    for (const [elementId, sub] of wanted) {
      if (this.meta.subscriptions[elementId]) continue;
      this.meta.subscriptions[elementId] = sub;
      this.mutations.push({
        kind: 'subscription.set',
        record: { instanceKey: this.record.instanceKey, elementId, ...sub },
      });
    }
    for (const elementId of Object.keys(this.meta.subscriptions)) {
      if (wanted.has(elementId)) continue;
      delete this.meta.subscriptions[elementId];
      this.mutations.push({ kind: 'subscription.clear', instanceKey: this.record.instanceKey, elementId });
    }
  }

  #reconcileTimers(): void {
    const armed = this.#ended ? new Map<string, TimerRecord>() : this.#timers.armed;
    const existing = new Map(this.ctx.existingTimers.map((t) => [t.timerKey, t]));
    for (const [key, timer] of armed) {
      if (existing.get(key)?.dueAt === timer.dueAt) continue;
      this.mutations.push({ kind: 'timer.set', record: timer });
    }
    for (const key of existing.keys()) {
      if (!armed.has(key))
        this.mutations.push({ kind: 'timer.clear', instanceKey: this.record.instanceKey, timerKey: key });
    }
  }

  /** Elements map with the clock-aware timer, shared by every instance of an engine. */
  static elementsFor(clockedTimer: unknown): Record<string, unknown> {
    return { ...(Elements as Record<string, unknown>), TimerEventDefinition: clockedTimer };
  }

  /** The retries a job element is configured with (`zeebe:taskDefinition retries`). */
  configuredRetries(elementId: string): number {
    return this.#element(elementId)?.retries ?? 3;
  }

  /** After a successful commit: the step's writes are durable, start collecting afresh. */
  committed(): void {
    this.events.length = 0;
    this.mutations.length = 0;
    this.completedTasks.clear();
    this.completedJobs.clear();
    this.ctx.existingTimers = [...this.#timers.armed.values()];
  }

  stop(): void {
    this.#engine.stop();
  }
}

export function isInstanceMeta(v: unknown): v is InstanceMeta {
  return isJsonObject(v as never) && 'openTasks' in (v as object);
}
