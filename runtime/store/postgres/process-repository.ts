import type { DeployedProcessRecord } from '../records.js';
import type { ProcessRepository } from '../store.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import type { Sql } from './sql.js';
import { processesTable } from '../sql/case-tables.js';

const t = processesTable;

export class PostgresProcessRepository implements ProcessRepository {
  constructor(private readonly sql: Sql) {}

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

const deploySql = insertSql(t, 'ON CONFLICT DO NOTHING');

/** A deployment keyed by an existing process key writes nothing (the first one stays). */
export const processMutations: HandlersOf<'process.'> = {
  'process.deploy': async (tx, { record }) => void (await tx.run(deploySql, rowValues(t, record))),
};
