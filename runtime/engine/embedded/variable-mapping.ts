import type { JsonObject } from '../../common/json.js';
import { evaluateFeel } from '../../expressions/feel-evaluator.js';
import type { Mapping } from './process-model.js';

/** Set `value` at a dotted path, creating intermediate objects. */
export function assign(target: JsonObject, path: string, value: JsonObject[string]): void {
  const parts = path.split('.');
  let cursor = target;
  for (const part of parts.slice(0, -1)) {
    const next = cursor[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) cursor[part] = {};
    cursor = cursor[part] as JsonObject;
  }
  cursor[parts[parts.length - 1] as string] = value;
}

/** zeebe:input mappings: the variables a job or user task sees (process scope + local inputs). */
export function applyInputs(inputs: Mapping[], variables: JsonObject): JsonObject {
  const local: JsonObject = { ...variables };
  for (const m of inputs) assign(local, m.target, evaluateFeel(m.source, local));
  return local;
}

/**
 * Merge a job's / task's / message's result into process variables the way Zeebe does: without
 * output mappings every result variable is merged; with them only the mapped targets are set.
 */
export function applyOutputs(outputs: Mapping[], variables: JsonObject, result: JsonObject): void {
  if (outputs.length === 0) {
    Object.assign(variables, result);
    return;
  }
  const context = { ...variables, ...result };
  for (const m of outputs) assign(variables, m.target, evaluateFeel(m.source, context));
}
