import type { JsonObject, JsonValue } from '../../common/json.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type { InstanceMeta } from './instance-meta.js';
import type { ProcessModel } from './process-model.js';

/** Keys of bpmn-engine's state that name an element (an activity, its flow's ends). */
const elementKeys = ['id', 'targetId', 'sourceId'];

/**
 * bpmn-engine's serialized state with element ids renamed, as the target definition reads it on
 * recovery (children are matched by id): every element reference renamed; the target element's own
 * pristine entry dropped where an active element takes its place. Execution ids stay, so task, job
 * and timer keys (derived from them) stay too.
 */
export function renameInState(state: JsonValue, renames: ReadonlyMap<string, string>): JsonValue {
  if (renames.size === 0) return state;
  const targets = new Set(renames.values());
  const visit = (value: JsonValue): JsonValue => {
    if (Array.isArray(value))
      return value
        .filter((v) => !(isObject(v) && typeof v.id === 'string' && targets.has(v.id) && !renames.has(v.id)))
        .map(visit);
    if (!isObject(value)) return value;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value))
      out[k] = elementKeys.includes(k) && typeof v === 'string' ? (renames.get(v) ?? v) : visit(v);
    return out;
  };
  return visit(state);
}

/** The adapter's bookkeeping after the move: open tasks, jobs and loops name their new elements. */
export function renameInMeta(meta: InstanceMeta, renames: ReadonlyMap<string, string>): InstanceMeta {
  const rename = <T extends { elementId: string }>(entries: Record<string, T>) =>
    Object.fromEntries(
      Object.entries(entries).map(([k, v]) => [
        k,
        { ...v, elementId: renames.get(v.elementId) ?? v.elementId },
      ]),
    );
  return {
    ...meta,
    openTasks: rename(meta.openTasks),
    openJobs: rename(meta.openJobs),
    // subscriptions stay keyed by their old element: the next reconcile clears those and opens the new
    ...(meta.loops ? { loops: rename(meta.loops) } : {}),
  };
}

/** The instance record on the target: its process, its renamed state and bookkeeping. */
export function migratedRecord(
  record: EngineInstanceRecord,
  targetKey: string,
  renames: ReadonlyMap<string, string>,
): EngineInstanceRecord {
  const state = record.state ?? {};
  const meta = state.meta as unknown as InstanceMeta;
  return {
    ...record,
    processKey: targetKey,
    state: {
      engine: renameInState(state.engine ?? null, renames),
      meta: renameInMeta(meta, renames) as unknown as JsonObject,
    },
  };
}

/** The inbox tasks, jobs and timers of moved elements, re-keyed onto the target's elements. */
export async function rekeyed(
  store: Store,
  record: EngineInstanceRecord,
  renames: ReadonlyMap<string, string>,
  target: ProcessModel,
): Promise<Mutation[]> {
  const meta = (record.state?.meta ?? {}) as unknown as InstanceMeta;
  const out: Mutation[] = [];
  for (const { taskId, elementId } of Object.values(meta.openTasks ?? {})) {
    const to = renames.get(elementId);
    const el = to ? target.elements.get(to) : undefined;
    if (to && el)
      out.push({
        kind: 'task.update',
        id: taskId,
        patch: { elementId: to, name: el.name, formKey: el.formKey },
      });
  }
  for (const { jobKey, elementId } of Object.values(meta.openJobs ?? {})) {
    const to = renames.get(elementId);
    if (to) out.push({ kind: 'job.update', jobKey, patch: { elementId: to } });
  }
  for (const timer of await store.engine.timersFor(record.instanceKey)) {
    const to = renames.get(timer.elementId);
    if (to) out.push({ kind: 'timer.set', record: { ...timer, elementId: to } });
  }
  return out;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
