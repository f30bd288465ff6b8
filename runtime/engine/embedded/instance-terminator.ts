import { stableId } from '../../common/ids.js';
import type { JsonObject } from '../../common/json.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type { EngineEvent } from '../engine.js';
import type { EngineProjector } from '../engine.js';
import { callActivityJobType, type InstanceMeta } from './instance-meta.js';
import type { KeyedMutex } from './keyed-mutex.js';

export interface Termination {
  mutations: Mutation[];
  events: EngineEvent[];
  /** Child instances of this instance's open call activities, to terminate in turn. */
  children: string[];
}

/**
 * Everything that ends an instance from outside (its parent's call activity was cancelled):
 * open tasks cancelled, pending jobs cancelled, timers and subscriptions cleared, state dropped.
 */
export async function terminationOf(
  store: Store,
  record: EngineInstanceRecord,
  now: string,
): Promise<Termination> {
  const mutations: Mutation[] = [];
  const events: EngineEvent[] = [];
  const children: string[] = [];
  for (const t of await store.engine.timersFor(record.instanceKey)) {
    mutations.push({ kind: 'timer.clear', instanceKey: record.instanceKey, timerKey: t.timerKey });
  }
  for (const s of await store.engine.subscriptionsFor(record.instanceKey)) {
    mutations.push({ kind: 'subscription.clear', instanceKey: record.instanceKey, elementId: s.elementId });
  }
  for (const j of await store.engine.jobsFor(record.instanceKey)) {
    if (j.status !== 'pending') continue;
    mutations.push({ kind: 'job.update', jobKey: j.jobKey, patch: { status: 'cancelled' } });
    if (j.type === callActivityJobType) children.push(stableId('inst', j.jobKey));
  }
  const meta = (record.state?.meta ?? {}) as { openTasks?: Record<string, { taskId: string }> };
  for (const { taskId } of Object.values(meta.openTasks ?? {})) {
    events.push({ type: 'userTask.cancelled', taskId, businessKey: record.businessKey });
  }
  const state = {
    engine: null,
    meta: { ...(record.state?.meta as JsonObject), openTasks: {}, openJobs: {}, subscriptions: {} },
  };
  mutations.push({
    kind: 'instance.save',
    record: { ...record, status: 'terminated', state: state as unknown as JsonObject, updatedAt: now },
    expectedRev: record.rev,
  });
  return { mutations, events, children };
}

/**
 * Ends child instances whose call activity was cancelled, and their children in turn. A child
 * left running by a crash between the parent's commit and its termination is recognised as an
 * orphan the next time it is touched.
 */
export class ChildTerminator {
  constructor(
    private readonly store: Store,
    private readonly projector: EngineProjector,
    private readonly mutex: KeyedMutex,
    private readonly now: () => string,
  ) {}

  async orphaned(record: EngineInstanceRecord): Promise<boolean> {
    const parent = (record.state?.meta as InstanceMeta | undefined)?.parent;
    if (!parent) return false;
    return (await this.store.engine.job(parent.jobKey))?.status === 'cancelled';
  }

  async terminate(instanceKey: string): Promise<void> {
    await this.mutex.run(instanceKey, async () => {
      const record = await this.store.engine.instance(instanceKey);
      if (record?.status === 'active') await this.terminateLocked(record);
    });
  }

  /** The caller holds the instance's lock. */
  async terminateLocked(record: EngineInstanceRecord): Promise<void> {
    const ending = await terminationOf(this.store, record, this.now());
    const projected: Mutation[] = [];
    for (const event of ending.events) projected.push(...(await this.projector.project(event)));
    await this.store.transact([...projected, ...ending.mutations]);
    for (const child of ending.children) await this.terminate(child);
  }
}
