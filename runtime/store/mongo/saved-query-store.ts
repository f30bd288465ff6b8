import type { Db } from 'mongodb';
import type { SavedQueryRecord, SavedQueryRepository } from '../saved-queries.js';
import { docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import type { MutationPlanners } from './plan-context.js';
import { DocRepository } from './query.js';
import { savedQueriesTable } from '../sql/saved-query-tables.js';

/** Saved 台账 queries (SQLite: the saved_queries table). */
export const savedQueryDocs = docsFor(savedQueriesTable, (r) => r.id);

export const savedQuerySchemas = {
  saved_queries: tableSchema(savedQueriesTable, {}, [
    { fields: { userId: 1, jurisdiction: 1, createdAt: 1 } },
  ]),
};

/** An insert keyed by an existing id writes nothing; a user deletes only its own. */
export const savedQueryPlanners: Pick<MutationPlanners, 'savedQuery.insert' | 'savedQuery.delete'> = {
  'savedQuery.insert': async ({ record }, plan) => void (await plan.insert(savedQueryDocs, record)),
  'savedQuery.delete': async ({ id, userId }, plan) => {
    const doc = await plan.view.get(savedQueryDocs.collection, id);
    if (doc && doc['userId'] === userId) plan.delete(savedQueryDocs.collection, id);
  },
};

export class MongoSavedQueryRepository
  extends DocRepository<SavedQueryRecord>
  implements SavedQueryRepository
{
  constructor(db: Db) {
    super(db, savedQueryDocs);
  }

  listForUser(userId: string, jurisdiction: string): Promise<SavedQueryRecord[]> {
    return this.q.many({ userId, jurisdiction }, { createdAt: 1, _id: 1 });
  }
}
