import { EventEmitter } from 'node:events';
import { Engine as BpmnEngine } from 'bpmn-engine';
import * as Elements from 'bpmn-elements';
import type { Clock } from '../../common/clock.js';
import type { JsonObject } from '../../common/json.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord, TimerRecord } from '../../store/records.js';
import type { EngineEvent } from '../engine.js';
import type {
  ActivityApi,
  ActivityElement,
  BpmnEngineInstance,
  ServiceCallback,
  ServiceExecuteMessage,
} from './bpmn-engine-types.js';
import { DurableTimers } from './durable-timers.js';
import { budgetExceeded } from './job-failure.js';
import { feelExpressions } from './feel-expressions.js';
import { emptyMeta, type InstanceMeta } from './instance-meta.js';
import { closeLoop, completeIteration, iterationOf, openLoop, reconcileLoops } from './multi-instance.js';
import type { ElementModel, ProcessModel } from './process-model.js';
import { applyOutputs } from './variable-mapping.js';
import {
  jobActivityTypes,
  reconcileJobs,
  reconcileSubscriptions,
  reconcileTasks,
  reconcileTimers,
  type StepWrites,
} from './wait-states.js';

export type { InstanceMeta };

export interface InstanceContext {
  clock: Clock;
  model: ProcessModel;
  elements: Record<string, unknown>;
  existingTimers: TimerRecord[];
}

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
  readonly cancelledCalls: string[] = [];
  #callbacks = new Map<string, ServiceCallback>();
  #engine!: BpmnEngineInstance;
  #timers: DurableTimers;
  #ended = false;
  #completionReported = false;
  #failure: Error | null = null;
  #broken = false;

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

  /** True after an uncommittable failure: this in-memory copy must not be used or saved again. */
  get broken(): boolean {
    return this.#broken;
  }

  markBroken(): void {
    this.#broken = true;
  }

  static async start(
    ctx: InstanceContext,
    record: EngineInstanceRecord,
    parent?: InstanceMeta['parent'],
  ): Promise<LiveInstance> {
    const live = new LiveInstance(record, emptyMeta(parent), ctx);
    live.#engine = live.#createEngine();
    await live.#engine.execute({ listener: live.#listener() });
    await live.settle();
    return live;
  }

  static async load(ctx: InstanceContext, record: EngineInstanceRecord): Promise<LiveInstance> {
    const state = record.state ?? {};
    const meta = (state.meta as unknown as InstanceMeta | undefined) ?? emptyMeta();
    const live = new LiveInstance(record, meta, ctx);
    live.#engine = live.#createEngine().recover(state.engine);
    await live.#engine.resume({ listener: live.#listener() });
    await live.settle();
    return live;
  }

  #createEngine(): BpmnEngineInstance {
    const engine = new BpmnEngine({
      name: this.record.instanceKey,
      sourceContext: this.ctx.model.sourceContext,
      elements: this.ctx.elements,
      expressions: feelExpressions(
        () => this.record.variables,
        (elementId, body) => openLoop(this.meta, this.record.variables, this.ctx.model, elementId, body),
      ),
      timers: this.#timers,
      Logger: silentLogger,
      // Zeebe activates every inner instance of a parallel multi-instance at once (no batches)
      settings: { batchSize: Number.MAX_SAFE_INTEGER },
      extensions: { zeebe: (activity: ActivityElement) => this.#installServiceBehaviour(activity) },
    } as never) as unknown as BpmnEngineInstance;
    engine.once('end', () => (this.#ended = true));
    engine.once('error', (err) => (this.#failure = err as Error));
    return engine;
  }

  /** A multi-instance body's end propagates its output collection before the flow moves on. */
  #listener(): EventEmitter {
    const listener = new EventEmitter();
    listener.on('activity.end', (api: ActivityApi) => {
      if (this.meta.loops?.[api.executionId])
        closeLoop(this.meta, this.record.variables, this.ctx.model, api.executionId);
    });
    return listener;
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

  /** Let bpmn-engine's queued messages run to a wait state. An exceeded expression budget surfaces as itself. */
  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
    if (this.#failure) throw budgetExceeded(this.#failure) ?? this.#failure;
  }

  #postponed(): ActivityApi[] {
    const out: ActivityApi[] = [];
    const visit = (list: ActivityApi[]) => {
      for (const api of list) {
        if (api.owner?.isMultiInstance && api.executionId === api.owner.executionId) {
          // a multi-instance body: its iterations are what waits
          visit(api.owner.execution?.getPostponed().filter((a) => a.executionId !== api.executionId) ?? []);
          continue;
        }
        out.push(api);
        if (api.owner?.isSubProcess)
          visit(api.getPostponed().filter((a) => a.executionId !== api.executionId));
      }
    };
    visit(this.#engine.execution?.getPostponed() ?? []);
    return out;
  }

  /** The elements active now: wait states, running sub-processes, listening boundary events. */
  activeElements(): { elementId: string; executionId: string }[] {
    return this.#ended ? [] : this.#postponed().map((a) => ({ elementId: a.id, executionId: a.executionId }));
  }

  #element(id: string): ElementModel | undefined {
    return this.ctx.model.elements.get(id);
  }

  /** Complete a user task with the given result variables. Returns false if it is not waiting. */
  async completeTask(taskId: string, result: JsonObject): Promise<boolean> {
    const entry = Object.entries(this.meta.openTasks).find(([, t]) => t.taskId === taskId);
    const api = entry && this.#postponed().find((a) => a.executionId === entry[0]);
    if (!entry || !api) return false;
    this.#applyResult(entry[0], this.#element(api.id), result);
    this.completedTasks.add(taskId);
    api.signal({ ...result });
    await this.settle();
    return true;
  }

  /**
   * Complete a job (service task via its behaviour's callback, call activity via a signal) with
   * its result variables. Returns false if it is not waiting.
   */
  async completeJob(jobKey: string, result: JsonObject): Promise<boolean> {
    const entry = Object.entries(this.meta.openJobs).find(([, j]) => j.jobKey === jobKey);
    if (!entry) return false;
    const [executionId, { elementId }] = entry;
    const callback = this.#callbacks.get(executionId);
    const api = callback ? undefined : this.#postponed().find((a) => a.executionId === executionId);
    if (!callback && !api) return false;
    const el = this.#element(elementId);
    const merged =
      el?.calledProcessId && !el.propagateAllChildVariables && el.outputs.length === 0 ? {} : result;
    this.#applyResult(executionId, el, merged);
    this.completedJobs.add(jobKey);
    this.#callbacks.delete(executionId);
    if (callback) callback(null, result);
    else api?.signal({ ...result });
    await this.settle();
    return true;
  }

  /** Output mappings / result merge, in the iteration's scope when the element is multi-instance. */
  #applyResult(executionId: string, el: ElementModel | undefined, result: JsonObject): void {
    if (iterationOf(this.meta, this.ctx.model, executionId))
      completeIteration(this.meta, this.ctx.model, this.record.variables, el, executionId, result);
    else applyOutputs(el?.outputs ?? [], this.record.variables, result);
  }

  /** Throw a BPMN error from a waiting job; an error boundary event with that code catches it. */
  async throwJobError(
    jobKey: string,
    errorCode: string,
    message: string,
    variables: JsonObject,
  ): Promise<boolean> {
    const entry = Object.entries(this.meta.openJobs).find(([, j]) => j.jobKey === jobKey);
    const callback = entry && this.#callbacks.get(entry[0]);
    if (!entry || !callback) return false;
    Object.assign(this.record.variables, variables);
    this.#callbacks.delete(entry[0]);
    callback(Object.assign(new Error(message), { code: errorCode }));
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
    const writes: StepWrites = {
      record: this.record,
      meta: this.meta,
      model: this.ctx.model,
      events: this.events,
      mutations: this.mutations,
      completedTasks: this.completedTasks,
      completedJobs: this.completedJobs,
      cancelledCalls: this.cancelledCalls,
      now,
    };
    reconcileLoops(writes, postponed);
    reconcileTasks(writes, postponed);
    reconcileJobs(writes, postponed);
    reconcileSubscriptions(writes, postponed);
    reconcileTimers(writes, this.#ended ? new Map() : this.#timers.armed, this.ctx.existingTimers);
    // the shared source serializes to nothing (shared-source.ts): no definition copy per state
    const state = this.#ended ? null : await this.#engine.getState();
    this.record.state = { engine: state, meta: this.meta } as unknown as JsonObject;
    this.record.updatedAt = now;
    if (this.#ended && !this.#completionReported) {
      this.#completionReported = true;
      this.record.status = 'completed';
      this.events.push({
        type: 'instance.completed',
        instanceKey: this.record.instanceKey,
        businessKey: this.record.businessKey,
        variables: this.record.variables,
        root: this.meta.parent === undefined,
      });
    }
  }

  /** True when a timer this instance has armed is due at `now` (it fires only on recovery). */
  timerDue(now: string): boolean {
    return [...this.#timers.armed.values()].some((t) => t.dueAt <= now);
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
    this.cancelledCalls.length = 0;
    this.ctx.existingTimers = [...this.#timers.armed.values()];
  }

  /** Elements map with the clock-aware timer, shared by every instance of an engine. */
  static elementsFor(clockedTimer: unknown): Record<string, unknown> {
    return { ...(Elements as Record<string, unknown>), TimerEventDefinition: clockedTimer };
  }
}
