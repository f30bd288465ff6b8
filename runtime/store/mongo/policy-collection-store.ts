import type { Db } from 'mongodb';
import type { PolicyCollectionRecord, PolicyCollectionRepository } from '../policy-collections.js';
import { docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import type { MutationPlanners } from './plan-context.js';
import { DocRepository } from './query.js';
import { policyCollectionsTable } from '../sql/policy-collection-tables.js';

/** 每月政策收集 documents (SQLite: the policy_collections table), keyed `<jurisdiction>:<month>`. */
export const policyCollectionDocs = docsFor(policyCollectionsTable, (r) => r.id);

export const policyCollectionSchemas = {
  policy_collections: tableSchema(policyCollectionsTable, {}, [{ fields: { jurisdiction: 1, month: 1 } }]),
};

/** A month already recorded keeps its first record. */
export const policyCollectionPlanners: Pick<MutationPlanners, 'policyCollection.insert'> = {
  'policyCollection.insert': async ({ record }, plan) =>
    void (await plan.insert(policyCollectionDocs, record)),
};

export class MongoPolicyCollectionRepository
  extends DocRepository<PolicyCollectionRecord>
  implements PolicyCollectionRepository
{
  constructor(db: Db) {
    super(db, policyCollectionDocs);
  }

  list(jurisdiction: string, from: string, to: string): Promise<PolicyCollectionRecord[]> {
    return this.q.many({ jurisdiction, month: { $gte: from, $lte: to } }, { month: 1 });
  }

  async firstMonth(jurisdiction: string): Promise<string | null> {
    return (await this.q.one({ jurisdiction }, { month: 1 }))?.month ?? null;
  }
}
