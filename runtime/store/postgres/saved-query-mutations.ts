import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import { savedQueriesTable as t } from '../sql/saved-query-tables.js';

/** Saved 台账 queries: an insert keyed by an existing id writes nothing; a user deletes only its own. */
export const savedQueryMutations: HandlersOf<'savedQuery.'> = {
  'savedQuery.insert': writeRecord(insertSql(t, 'ON CONFLICT DO NOTHING'), t),
  'savedQuery.delete': async (tx, { id, userId }) =>
    void (await tx.run('DELETE FROM saved_queries WHERE id = $1 AND user_id = $2', [id, userId])),
};
