import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import { savedQueriesTable as t } from '../sql/saved-query-tables.js';

const insertQuery = insertSql(t, 'ON CONFLICT DO NOTHING');
const deleteQuery = 'DELETE FROM saved_queries WHERE id = ? AND user_id = ?';

/** Saved 台账 queries: an insert keyed by an existing id writes nothing; a user deletes only its own. */
export function savedQueryMutations(
  db: StatementCache,
): Pick<MutationHandlers, 'savedQuery.insert' | 'savedQuery.delete'> {
  return {
    'savedQuery.insert': ({ record }) => void db.run(insertQuery, rowParams(t, record)),
    'savedQuery.delete': ({ id, userId }) => void db.run(deleteQuery, id, userId),
  };
}
