import type { RatingRecord } from '../records.js';
import type { RatingRepository } from '../store.js';
import { ratingsTable } from './case-tables.js';
import type { SqlReader } from './sql-reader.js';

const t = ratingsTable;

export class SqlRatingRepository implements RatingRepository {
  constructor(private readonly sql: SqlReader) {}

  async forCase(caseId: string): Promise<RatingRecord | null> {
    return this.sql.one(t, 'WHERE case_id = $1', [caseId]);
  }
}
