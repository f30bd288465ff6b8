import type { JsonObject } from '../../common/json.js';
import type { EngineInstanceRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import { childInstanceKey, type RecordMirror } from './record-mirror.js';

/**
 * What the Zeebe adapter keeps in a root instance's `state`: the broker's instance key and those of
 * its call-activity children, so a restarted adapter knows whose records and jobs are its own.
 */
export interface ZeebeInstanceState {
  zeebeInstanceKey: string;
  children: string[];
}

export function zeebeState(state: JsonObject | null): ZeebeInstanceState | null {
  const key = state?.['zeebeInstanceKey'];
  if (typeof key !== 'string') return null;
  const children = state?.['children'];
  return {
    zeebeInstanceKey: key,
    children: Array.isArray(children) ? children.filter((c): c is string => typeof c === 'string') : [],
  };
}

export function stateJson(state: ZeebeInstanceState): JsonObject {
  return { zeebeInstanceKey: state.zeebeInstanceKey, children: [...state.children] };
}

/**
 * Rebuilds a restarted adapter's view from the store: every active root instance started on
 * Zeebe, its children, their root variables and pending timers. Returns how many instances.
 */
export async function restoreInstances(store: Store, mirror: RecordMirror): Promise<number> {
  let restored = 0;
  for (const record of await store.engine.activeInstances()) {
    const state = zeebeState(record.state);
    if (!state) continue;
    restored += await restoreTree(store, mirror, record, state);
  }
  return restored;
}

async function restoreTree(
  store: Store,
  mirror: RecordMirror,
  record: EngineInstanceRecord,
  state: ZeebeInstanceState,
): Promise<number> {
  const root = record.instanceKey;
  mirror.restore(
    {
      zeebeKey: state.zeebeInstanceKey,
      instanceKey: root,
      businessKey: record.businessKey,
      root: true,
      rootInstanceKey: root,
    },
    record.variables,
    await store.engine.timersFor(root),
  );
  for (const zeebeKey of state.children) {
    const instanceKey = childInstanceKey(zeebeKey);
    mirror.restore(
      { zeebeKey, instanceKey, businessKey: record.businessKey, root: false, rootInstanceKey: root },
      {},
      await store.engine.timersFor(instanceKey),
    );
  }
  return 1 + state.children.length;
}
