import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import { policyCollectionsTable as t } from '../sql/policy-collection-tables.js';

/** A month already recorded keeps its first record. */
export const policyCollectionMutations: HandlersOf<'policyCollection.'> = {
  'policyCollection.insert': writeRecord(insertSql(t, 'ON CONFLICT DO NOTHING'), t),
};
