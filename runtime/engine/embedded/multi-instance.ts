/**
 * Multi-instance activities with Zeebe's variable scopes. bpmn-elements runs the iterations
 * (child executions `<body>_<index>`); the adapter keeps, durably in the instance meta, what
 * Zeebe keeps in its scopes: the input collection evaluated when the body activates, the
 * body-local output collection (a list of nulls), and each iteration's local variables (input
 * element, `loopCounter` from 1, the output element's variable initialised to null, input
 * mappings). Results of an iteration propagate like Zeebe's: a variable local to the iteration
 * is updated there, any other reaches the process scope; the output element is evaluated in the
 * iteration's scope and stored at its index; the body's completion propagates the collection.
 */
import { DefinitionError } from '../../common/errors.js';
import type { JsonObject, JsonValue } from '../../common/json.js';
import { evaluateFeel } from '../../expressions/feel-evaluator.js';
import type { ActivityApi } from './bpmn-engine-types.js';
import type { InstanceMeta, LoopState } from './instance-meta.js';
import type { ElementModel, LoopModel, ProcessModel } from './process-model.js';
import { applyInputs, assign } from './variable-mapping.js';

export interface Iteration {
  loop: LoopState;
  model: LoopModel;
  local: JsonObject;
}

function loops(meta: InstanceMeta): Record<string, LoopState> {
  meta.loops ??= {};
  return meta.loops;
}

function loopOf(model: ProcessModel, elementId: string): LoopModel {
  const loop = model.elements.get(elementId)?.loop;
  if (!loop) throw new DefinitionError(`'${elementId}' is not a multi-instance activity`);
  return loop;
}

/** The body activates: evaluate its input collection once (later calls return the same list). */
export function openLoop(
  meta: InstanceMeta,
  variables: JsonObject,
  model: ProcessModel,
  elementId: string,
  bodyExecutionId: string,
): JsonValue[] {
  const existing = loops(meta)[bodyExecutionId];
  if (existing) return existing.collection;
  const loop = loopOf(model, elementId);
  const collection = evaluateFeel(loop.inputCollection, variables);
  if (!Array.isArray(collection)) {
    throw new DefinitionError(
      `multi-instance '${elementId}': inputCollection ${loop.inputCollection} is not a list (${JSON.stringify(collection)})`,
    );
  }
  const output = loop.outputCollection ? collection.map(() => null) : null;
  loops(meta)[bodyExecutionId] = { elementId, collection, output, iterations: {} };
  return collection;
}

/** The body completed: its output collection reaches the parent scope. */
export function closeLoop(
  meta: InstanceMeta,
  variables: JsonObject,
  model: ProcessModel,
  bodyExecutionId: string,
): void {
  const state = loops(meta)[bodyExecutionId];
  if (!state) return;
  const name = loopOf(model, state.elementId).outputCollection;
  if (name) variables[name] = state.output;
  delete loops(meta)[bodyExecutionId];
}

/** The iteration running as this execution, if it is one. */
export function iterationOf(meta: InstanceMeta, model: ProcessModel, executionId: string): Iteration | null {
  for (const loop of Object.values(meta.loops ?? {})) {
    const local = loop.iterations[executionId];
    if (local) return { loop, model: loopOf(model, loop.elementId), local };
  }
  return null;
}

/** `=name` or `=name.path`: Zeebe initialises that variable to null in each iteration's scope. */
function outputVariable(loop: LoopModel): string | null {
  const match = /^=\s*([A-Za-z_][\w]*)(\.[A-Za-z_]\w*)*\s*$/.exec(loop.outputElement ?? '');
  return match?.[1] && match[1] !== loop.inputElement ? match[1] : null;
}

/** What an iteration sees: process scope, then the body's output collection, then its locals. */
export function iterationScope(it: Iteration, variables: JsonObject): JsonObject {
  const body = it.model.outputCollection ? { [it.model.outputCollection]: it.loop.output } : {};
  return { ...variables, ...body, ...it.local };
}

/** A new iteration appears (bpmn-elements executionId `<body>_<index>`): create its scope. */
export function startIteration(
  meta: InstanceMeta,
  variables: JsonObject,
  el: ElementModel,
  bodyExecutionId: string,
  executionId: string,
): void {
  const loop = loops(meta)[bodyExecutionId];
  const model = el.loop;
  if (!loop || !model || loop.iterations[executionId]) return;
  const index = Number(executionId.slice(bodyExecutionId.length + 1));
  const local: JsonObject = {};
  if (model.inputElement) local[model.inputElement] = loop.collection[index] ?? null;
  const output = outputVariable(model);
  if (output) local[output] = null;
  local.loopCounter = index + 1;
  const it: Iteration = { loop, model, local };
  const mapped = applyInputs(el.inputs, iterationScope(it, variables));
  for (const m of el.inputs) {
    const name = m.target.split('.')[0] as string;
    local[name] = mapped[name] ?? null;
  }
  loop.iterations[executionId] = local;
}

/** The variables an element instance sees (its input mappings applied). */
export function elementVariables(
  meta: InstanceMeta,
  model: ProcessModel,
  variables: JsonObject,
  el: ElementModel | undefined,
  executionId: string,
): JsonObject {
  const it = iterationOf(meta, model, executionId);
  return it ? iterationScope(it, variables) : applyInputs(el?.inputs ?? [], variables);
}

/** Zeebe's propagation from the iteration's scope: local if defined there, else the process. */
function propagate(it: Iteration, variables: JsonObject, target: string, value: JsonValue): void {
  const name = target.split('.')[0] as string;
  if (name in it.local) return assign(it.local, target, value);
  if (name === it.model.outputCollection && it.loop.output !== null && target === name) {
    it.loop.output = Array.isArray(value) ? value : it.loop.output;
    return;
  }
  assign(variables, target, value);
}

/**
 * An iteration completes with `result` (job / task / child variables): with output mappings the
 * result is local and the mappings' targets propagate; without, each result variable propagates.
 * Then the output element is collected at the iteration's index.
 */
export function completeIteration(
  meta: InstanceMeta,
  model: ProcessModel,
  variables: JsonObject,
  el: ElementModel | undefined,
  executionId: string,
  result: JsonObject,
): void {
  const it = iterationOf(meta, model, executionId);
  if (!it) return;
  const outputs = el?.outputs ?? [];
  if (outputs.length > 0) {
    Object.assign(it.local, result);
    const scope = iterationScope(it, variables);
    const mapped = outputs.map((m) => [m.target, evaluateFeel(m.source, scope)] as const);
    for (const [target, value] of mapped) propagate(it, variables, target, value);
  } else {
    for (const [name, value] of Object.entries(result)) propagate(it, variables, name, value);
  }
  const index = Number(it.local.loopCounter) - 1;
  if (it.model.outputElement && it.loop.output !== null)
    it.loop.output[index] = evaluateFeel(it.model.outputElement, iterationScope(it, variables));
  delete it.loop.iterations[executionId];
}

/** Bodies no longer running (terminated, e.g. by an interrupting boundary event) are dropped. */
export function dropEndedLoops(meta: InstanceMeta, liveBodies: Set<string>): void {
  for (const key of Object.keys(meta.loops ?? {})) if (!liveBodies.has(key)) delete loops(meta)[key];
}

/** Scopes for iterations that appeared this step; bodies that are gone are dropped. */
export function reconcileLoops(
  w: { meta: InstanceMeta; model: ProcessModel; record: { variables: JsonObject } },
  postponed: ActivityApi[],
): void {
  const live = new Set<string>();
  for (const api of postponed) {
    const body = api.owner?.isMultiInstance ? api.owner.executionId : undefined;
    if (!body || body === api.executionId) continue;
    live.add(body);
    const el = w.model.elements.get(api.id);
    if (el) startIteration(w.meta, w.record.variables, el, body, api.executionId);
  }
  dropEndedLoops(w.meta, live);
}
