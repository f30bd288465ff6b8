import type { DeployedProcessRecord } from '../records.js';
import type { ProcessRepository } from '../store.js';
import { processesTable as t } from '../sql/case-tables.js';
import type { StatementCache } from './statement-cache.js';
import { sqlite } from './row-codec.js';

export class SqliteProcessRepository implements ProcessRepository {
  constructor(private readonly sql: StatementCache) {}

  async get(processKey: string): Promise<DeployedProcessRecord | null> {
    const row = this.sql.row(`SELECT ${t.selectList} FROM processes WHERE process_key = ?`, processKey);
    return row ? t.decode(row, sqlite) : null;
  }

  /** The highest deployed version of a BPMN process id. */
  async latest(processId: string): Promise<DeployedProcessRecord | null> {
    const row = this.sql.row(
      `SELECT ${t.selectList} FROM processes WHERE process_id = ? ORDER BY version DESC LIMIT 1`,
      processId,
    );
    return row ? t.decode(row, sqlite) : null;
  }

  /** A deployment of exactly this content (the latest one, should it have been deployed twice). */
  async byHash(processId: string, hash: string): Promise<DeployedProcessRecord | null> {
    const row = this.sql.row(
      `SELECT ${t.selectList} FROM processes WHERE process_id = ? AND hash = ? ORDER BY version DESC LIMIT 1`,
      processId,
      hash,
    );
    return row ? t.decode(row, sqlite) : null;
  }
}
