import { stableId } from '../../common/ids.js';
import type { JsonObject } from '../../common/json.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord, JobRecord, TimerRecord } from '../../store/records.js';
import type { EngineEvent } from '../engine.js';
import { evaluateFeel, evaluateList } from '../../expressions/feel-evaluator.js';
import type { ActivityApi } from './bpmn-engine-types.js';
import { callActivityJobType, type InstanceMeta } from './instance-meta.js';
import type { ElementModel, ProcessModel } from './process-model.js';
import { elementVariables } from './multi-instance.js';

/** What one step accumulates: engine events to project and store mutations to commit. */
export interface StepWrites {
  record: EngineInstanceRecord;
  meta: InstanceMeta;
  model: ProcessModel;
  events: EngineEvent[];
  mutations: Mutation[];
  completedTasks: Set<string>;
  completedJobs: Set<string>;
  /** Call-activity jobs discarded this step: their child instances must be terminated. */
  cancelledCalls: string[];
  now: string;
}

export const jobActivityTypes = new Set(['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask']);

/** Activities that wait for a job: service-like tasks with a job type, and call activities. */
export function jobTypeOf(api: ActivityApi, el: ElementModel | undefined): string | null {
  if (jobActivityTypes.has(api.type)) return el?.jobType ?? null;
  if (api.type === 'bpmn:CallActivity' && el?.calledProcessId) return callActivityJobType;
  return null;
}

/** User tasks waiting in the engine but not yet in the inbox appear; vanished ones are cancelled. */
export function reconcileTasks(w: StepWrites, postponed: ActivityApi[]): void {
  const waiting = postponed.filter((a) => a.type === 'bpmn:UserTask');
  const live = new Set(waiting.map((a) => a.executionId));
  for (const api of waiting) {
    if (w.meta.openTasks[api.executionId]) continue;
    const el = w.model.elements.get(api.id);
    const taskId = stableId('task', w.record.instanceKey, api.executionId);
    const vars = elementVariables(w.meta, w.model, w.record.variables, el, api.executionId);
    const due = el?.dueDate ? evaluateFeel(el.dueDate, vars) : null;
    w.meta.openTasks[api.executionId] = { taskId, elementId: api.id };
    w.events.push({
      type: 'userTask.created',
      task: {
        taskId,
        instanceKey: w.record.instanceKey,
        businessKey: w.record.businessKey,
        elementId: api.id,
        name: el?.name ?? api.id,
        formKey: el?.formKey ?? null,
        candidateGroups: evaluateList(el?.candidateGroups, vars),
        assignee: assigneeOf(el?.assignee, vars),
        dueDate: typeof due === 'string' ? new Date(due).toISOString() : null,
        variables: vars,
      },
    });
  }
  for (const [executionId, t] of Object.entries(w.meta.openTasks)) {
    if (live.has(executionId)) continue;
    delete w.meta.openTasks[executionId];
    if (!w.completedTasks.has(t.taskId)) {
      w.events.push({ type: 'userTask.cancelled', taskId: t.taskId, businessKey: w.record.businessKey });
    }
  }
}

/** Jobs for newly waiting service tasks / call activities; finished or discarded ones closed. */
export function reconcileJobs(w: StepWrites, postponed: ActivityApi[]): void {
  const waiting = postponed.filter((a) => jobTypeOf(a, w.model.elements.get(a.id)) !== null);
  const live = new Set(waiting.map((a) => a.executionId));
  for (const api of waiting) {
    if (w.meta.openJobs[api.executionId]) continue;
    const el = w.model.elements.get(api.id) as ElementModel;
    const jobKey = stableId('job', w.record.instanceKey, api.executionId);
    w.meta.openJobs[api.executionId] = { jobKey, elementId: api.id };
    const variables = elementVariables(w.meta, w.model, w.record.variables, el, api.executionId);
    const called = el.calledProcessId ? String(evaluateFeel(el.calledProcessId, variables)) : null;
    const headers = called ? { ...el.headers, processId: called } : el.headers;
    const job: JobRecord = {
      jobKey,
      instanceKey: w.record.instanceKey,
      businessKey: w.record.businessKey,
      type: jobTypeOf(api, el) as string,
      elementId: api.id,
      retries: el.retries,
      status: 'pending',
      variables,
      headers,
      runAfter: w.now,
      error: null,
      createdAt: w.now,
    };
    w.mutations.push({ kind: 'job.insert', record: job });
  }
  for (const [executionId, j] of Object.entries(w.meta.openJobs)) {
    if (live.has(executionId)) continue;
    delete w.meta.openJobs[executionId];
    const status = w.completedJobs.has(j.jobKey) ? 'completed' : 'cancelled';
    w.mutations.push({ kind: 'job.update', jobKey: j.jobKey, patch: { status } });
    if (status === 'cancelled' && w.model.elements.get(j.elementId)?.calledProcessId)
      w.cancelledCalls.push(j.jobKey);
  }
}

/** Message subscriptions follow the message catch events currently waiting. */
export function reconcileSubscriptions(w: StepWrites, postponed: ActivityApi[]): void {
  const wanted = new Map<string, { messageName: string; correlationKey: string }>();
  for (const api of postponed) {
    const messageId = w.model.elements.get(api.id)?.messageId;
    const message = messageId ? w.model.messages.get(messageId) : undefined;
    if (!message) continue;
    const key = evaluateFeel(message.correlationKey, w.record.variables);
    wanted.set(api.id, { messageName: message.name, correlationKey: String(key) });
  }
  for (const [elementId, sub] of wanted) {
    if (w.meta.subscriptions[elementId]) continue;
    w.meta.subscriptions[elementId] = sub;
    w.mutations.push({
      kind: 'subscription.set',
      record: { instanceKey: w.record.instanceKey, elementId, ...sub },
    });
  }
  for (const elementId of Object.keys(w.meta.subscriptions)) {
    if (wanted.has(elementId)) continue;
    delete w.meta.subscriptions[elementId];
    w.mutations.push({ kind: 'subscription.clear', instanceKey: w.record.instanceKey, elementId });
  }
}

/** Durable timer rows follow the timers bpmn-engine has armed. */
export function reconcileTimers(
  w: StepWrites,
  armed: Map<string, TimerRecord>,
  existing: TimerRecord[],
): void {
  const before = new Map(existing.map((t) => [t.timerKey, t]));
  for (const [key, timer] of armed) {
    if (before.get(key)?.dueAt === timer.dueAt) continue;
    w.mutations.push({ kind: 'timer.set', record: timer });
  }
  for (const key of before.keys()) {
    if (!armed.has(key))
      w.mutations.push({ kind: 'timer.clear', instanceKey: w.record.instanceKey, timerKey: key });
  }
}

/** zeebe:assignmentDefinition assignee: a literal or FEEL; FEEL yielding null or "" leaves the task unassigned. */
function assigneeOf(expression: string | undefined, vars: JsonObject): string | null {
  if (!expression) return null;
  const value = evaluateFeel(expression, vars);
  return value === null || value === undefined || value === '' ? null : String(value);
}
