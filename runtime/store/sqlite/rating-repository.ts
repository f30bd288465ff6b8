import type { RatingRecord } from '../records.js';
import type { RatingRepository } from '../store.js';
import { ratingsTable as t } from '../sql/case-tables.js';
import type { StatementCache } from './statement-cache.js';
import { sqlite } from './row-codec.js';

export class SqliteRatingRepository implements RatingRepository {
  constructor(private readonly sql: StatementCache) {}

  async forCase(caseId: string): Promise<RatingRecord | null> {
    const row = this.sql.row(`SELECT ${t.selectList} FROM ratings WHERE case_id = ?`, caseId);
    return row ? t.decode(row, sqlite) : null;
  }
}
