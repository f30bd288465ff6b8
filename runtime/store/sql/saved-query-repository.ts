import type { SavedQueryRecord, SavedQueryRepository } from '../saved-queries.js';
import { savedQueriesTable } from './saved-query-tables.js';
import { TableRepository } from './table-repository.js';
import type { SqlReader } from './sql-reader.js';

/** Saved 台账 queries on either SQL adapter. */
export class SqlSavedQueryRepository
  extends TableRepository<SavedQueryRecord>
  implements SavedQueryRepository
{
  constructor(sql: SqlReader) {
    super(sql, savedQueriesTable);
  }

  listForUser(userId: string, jurisdiction: string): Promise<SavedQueryRecord[]> {
    return this.sql.many(this.table, 'WHERE user_id = $1 AND jurisdiction = $2 ORDER BY created_at, id', [
      userId,
      jurisdiction,
    ]);
  }
}
