import { stableId } from '../../common/ids.js';
import type { JsonObject, JsonValue } from '../../common/json.js';
import type { EngineInstanceRecord, JobRecord, TimerRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import { callActivityJobType, type InstanceMeta } from './instance-meta.js';

/**
 * Sets SLA variables on an instance record before it is recovered, moving the `timeDate` timers
 * armed from a variable's old value to its new one. A waiting timer keeps its resolved date
 * (`timeDate`) and expiry (`expireAt`) in the execute message bpmn-elements redelivers on resume,
 * and re-arms from them; so both are rewritten there, and the resumed instance arms (or, if the new
 * instant has passed, fires) the timer at the new instant. Only variables the instance already
 * holds are set. Returns how many timer messages moved.
 */
export function setSlaVariables(record: EngineInstanceRecord, variables: JsonObject): number {
  const moves = new Map<string, string>();
  for (const [name, value] of Object.entries(variables)) {
    if (!(name in record.variables)) continue;
    const old = record.variables[name];
    if (typeof old === 'string' && typeof value === 'string' && old !== value) moves.set(old, value);
    record.variables[name] = value ?? null;
  }
  const engineState = record.state?.engine;
  return moves.size && engineState ? moveTimers(engineState, moves) : 0;
}

function moveTimers(node: JsonValue | undefined, moves: ReadonlyMap<string, string>): number {
  if (Array.isArray(node)) return node.reduce<number>((n, item) => n + moveTimers(item, moves), 0);
  if (!node || typeof node !== 'object') return 0;
  let moved = 0;
  const target =
    node.type === 'bpmn:TimerEventDefinition' &&
    node.timerType === 'timeDate' &&
    typeof node.timeDate === 'string'
      ? moves.get(node.timeDate)
      : undefined;
  if (target) {
    node.timeDate = target;
    node.expireAt = target;
    moved++;
  }
  for (const value of Object.values(node)) moved += moveTimers(value, moves);
  return moved;
}

/** The case's root instance and its active call-activity children, parents first. */
export async function caseInstances(store: Store, businessKey: string): Promise<string[]> {
  return instanceTree(store, await rootOf(store, await store.engine.instanceByBusinessKey(businessKey)));
}

/** The root of the instance's call-activity tree (the instance itself when it was not called). */
export async function rootOf(
  store: Store,
  record: EngineInstanceRecord | null,
): Promise<EngineInstanceRecord | null> {
  let root = record;
  for (let parent = parentOf(root); root && parent; parent = parentOf(root))
    root = await store.engine.instance(parent);
  return root;
}

/** An active root instance and its active call-activity children, parents first. */
async function instanceTree(store: Store, root: EngineInstanceRecord | null): Promise<string[]> {
  const keys: string[] = [];
  const queue = root?.status === 'active' ? [root.instanceKey] : [];
  for (let key = queue.shift(); key; key = queue.shift()) {
    keys.push(key);
    for (const job of await store.engine.jobsFor(key)) {
      const child = job.type === callActivityJobType ? stableId('inst', job.jobKey) : null;
      if (child && (await store.engine.instance(child))?.status === 'active') queue.push(child);
    }
  }
  return keys;
}

function parentOf(record: EngineInstanceRecord | null): string | undefined {
  const meta = (record?.state as { meta?: InstanceMeta } | null | undefined)?.meta;
  return meta?.parent?.instanceKey;
}

/** The armed timers and pending jobs of a root instance's live tree (what can fall due). */
export async function treeWork(
  store: Store,
  rootKey: string,
): Promise<{ instances: number; timers: TimerRecord[]; jobs: JobRecord[] }> {
  const keys = await instanceTree(store, await store.engine.instance(rootKey));
  const timers = (await Promise.all(keys.map((k) => store.engine.timersFor(k)))).flat();
  const jobs = (await Promise.all(keys.map((k) => store.engine.jobsFor(k)))).flat();
  return { instances: keys.length, timers, jobs: jobs.filter((j) => j.status === 'pending') };
}
