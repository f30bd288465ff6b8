import type { JurisdictionRecord, JurisdictionRepository } from '../jurisdictions.js';
import { jurisdictionsTable as t } from './jurisdiction-tables.js';
import type { SqlReader } from './sql-reader.js';

export class SqlJurisdictionRepository implements JurisdictionRepository {
  constructor(private readonly sql: SqlReader) {}

  get(id: string): Promise<JurisdictionRecord | null> {
    return this.sql.one(t, 'WHERE id = $1', [id]);
  }

  list(): Promise<JurisdictionRecord[]> {
    return this.sql.many(t, 'ORDER BY id');
  }
}
