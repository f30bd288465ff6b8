import type { CaseEventRecord } from '../records.js';
import type { CaseEventRepository } from '../store.js';
import { eventsTable as t } from '../sql/case-tables.js';
import type { StatementCache } from './statement-cache.js';
import { sqlite } from './row-codec.js';

export class SqliteCaseEventRepository implements CaseEventRepository {
  constructor(private readonly sql: StatementCache) {}

  /** The case's timeline, oldest first (ties keep append order). */
  async listForCase(caseId: string): Promise<CaseEventRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM case_events WHERE case_id = ? ORDER BY at, rowid`,
      caseId,
    );
    return rows.map((row) => t.decode(row, sqlite));
  }
}
