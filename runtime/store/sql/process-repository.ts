import type { DeployedProcessRecord } from '../records.js';
import type { ProcessRepository } from '../store.js';
import { processesTable } from './case-tables.js';
import type { SqlReader } from './sql-reader.js';

const t = processesTable;

export class SqlProcessRepository implements ProcessRepository {
  constructor(private readonly sql: SqlReader) {}

  async get(processKey: string): Promise<DeployedProcessRecord | null> {
    return this.sql.one(t, 'WHERE process_key = $1', [processKey]);
  }

  /** The highest deployed version of a BPMN process id. */
  async latest(processId: string): Promise<DeployedProcessRecord | null> {
    return this.sql.one(t, 'WHERE process_id = $1 ORDER BY version DESC LIMIT 1', [processId]);
  }

  /** A deployment of exactly this content (the latest one, should it have been deployed twice). */
  async byHash(processId: string, hash: string): Promise<DeployedProcessRecord | null> {
    return this.sql.one(t, 'WHERE process_id = $1 AND hash = $2 ORDER BY version DESC LIMIT 1', [
      processId,
      hash,
    ]);
  }
}
