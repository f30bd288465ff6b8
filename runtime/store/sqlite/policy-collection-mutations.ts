import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import { policyCollectionsTable as t } from '../sql/policy-collection-tables.js';

const insertCollection = insertSql(t, 'ON CONFLICT DO NOTHING');

/** A month already recorded keeps its first record. */
export function policyCollectionMutations(
  db: StatementCache,
): Pick<MutationHandlers, 'policyCollection.insert'> {
  return { 'policyCollection.insert': ({ record }) => void db.run(insertCollection, rowParams(t, record)) };
}
