import { ConflictError } from '../../common/errors.js';
import { jobPatchable } from '../patchable.js';
import type { EngineInstanceRecord, JobRecord } from '../records.js';
import { compositeId } from './document-codec.js';
import {
  cursorDocs,
  instanceDocs,
  jobDocs,
  messageDocs,
  outboxDocs,
  subscriptionDocs,
  timerDocs,
} from './engine-collections.js';
import type { MutationPlanners, PlanContext } from './plan-context.js';

type EngineKind =
  `${'instance' | 'timer' | 'job' | 'subscription' | 'message' | 'outbox' | 'cursor'}.${string}`;
type EnginePlanners = Pick<MutationPlanners, Extract<keyof MutationPlanners, EngineKind>>;

/**
 * Engine-state writes. `instance.save` is optimistic: expectedRev null creates the instance at rev 1,
 * a number replaces only an instance still at that rev and moves it to expectedRev + 1; anything else
 * is ConflictError `stale_revision` and the whole batch writes nothing. Clears of missing documents
 * are no-ops; `outbox.delivered` keeps the first delivery time.
 */
export const enginePlanners: EnginePlanners = {
  'instance.save': ({ record, expectedRev }, plan) => saveInstance(plan, record, expectedRev),
  'timer.set': async ({ record }, plan) => plan.put(timerDocs, record),
  'timer.clear': async ({ instanceKey, timerKey }, plan) =>
    plan.delete(timerDocs.collection, compositeId(instanceKey, timerKey)),
  'job.insert': async ({ record }, plan) => void (await plan.insert(jobDocs, record)),
  'job.update': async ({ jobKey, patch }, plan) =>
    void (await plan.update<JobRecord>(jobDocs, jobKey, patch, jobPatchable, 'job')),
  'subscription.set': async ({ record }, plan) => plan.put(subscriptionDocs, record),
  'subscription.clear': async ({ instanceKey, elementId }, plan) =>
    plan.delete(subscriptionDocs.collection, compositeId(instanceKey, elementId)),
  'message.buffer': async ({ record }, plan) => void (await plan.insert(messageDocs, record)),
  'message.delete': async ({ id }, plan) => plan.delete(messageDocs.collection, id),
  'outbox.add': async ({ record }, plan) => void (await plan.insert(outboxDocs, record)),
  'outbox.delivered': async ({ id, at }, plan) => {
    const entry = await plan.view.get(outboxDocs.collection, id);
    if (entry && (entry['deliveredAt'] ?? null) === null)
      await plan.setIfExists(outboxDocs.collection, id, { deliveredAt: at });
  },
  'cursor.set': async ({ record }, plan) => plan.put(cursorDocs, record),
};

async function saveInstance(
  plan: PlanContext,
  record: EngineInstanceRecord,
  expectedRev: number | null,
): Promise<void> {
  const current = await plan.view.get(instanceDocs.collection, record.instanceKey);
  const fits = expectedRev === null ? current === null : current !== null && current['rev'] === expectedRev;
  if (!fits) {
    const expected = expectedRev === null ? 'a new instance' : `rev ${expectedRev}`;
    throw new ConflictError(
      `instance ${record.instanceKey} is not at ${expected}`,
      [{ path: '/rev', reason: 'stale_revision' }],
      'stale_revision',
    );
  }
  plan.put(instanceDocs, { ...record, rev: (expectedRev ?? 0) + 1 });
}
