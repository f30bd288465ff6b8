import { ConflictError } from '../../common/errors.js';
import type { DefinitionVersionRecord } from '../records.js';
import type { DefinitionRepository } from '../store.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues, postgres } from './row-codec.js';
import type { Sql } from './sql.js';
import { definitionsTable } from '../sql/case-tables.js';

const t = definitionsTable;
const metaColumns = 'jurisdiction, version, hash, published_at, published_by, note, rollback_of';

export class PostgresDefinitionRepository implements DefinitionRepository {
  constructor(private readonly sql: Sql) {}

  async latest(jurisdiction: string): Promise<DefinitionVersionRecord | null> {
    return this.sql.one(t, 'WHERE jurisdiction = $1 ORDER BY version DESC LIMIT 1', [jurisdiction]);
  }

  async get(jurisdiction: string, version: number): Promise<DefinitionVersionRecord | null> {
    return this.sql.one(t, 'WHERE jurisdiction = $1 AND version = $2', [jurisdiction, version]);
  }

  /** Every published version of a jurisdiction without its bundle, oldest first. */
  async listVersions(jurisdiction: string): Promise<Omit<DefinitionVersionRecord, 'bundle'>[]> {
    const rows = await this.sql.rows(
      `SELECT ${metaColumns} FROM definitions WHERE jurisdiction = $1 ORDER BY version`,
      [jurisdiction],
    );
    return rows.map((row) => {
      const { bundle: _bundle, ...meta } = t.decode(row, postgres);
      return meta;
    });
  }

  /** Jurisdictions with at least one published version, sorted. */
  async jurisdictions(): Promise<string[]> {
    const rows = await this.sql.rows('SELECT DISTINCT jurisdiction FROM definitions ORDER BY jurisdiction');
    return rows.map((r) => String(r['jurisdiction']));
  }
}

const publishSql = insertSql(t, 'ON CONFLICT DO NOTHING');

/** A published version is immutable: the same content again is a no-op, other content `version_exists`. */
export const definitionMutations: HandlersOf<'definition.'> = {
  'definition.publish': async (tx, { record }) => {
    if ((await tx.run(publishSql, rowValues(t, record))) > 0) return;
    const hash = await tx.scalar('SELECT hash FROM definitions WHERE jurisdiction = $1 AND version = $2', [
      record.jurisdiction,
      record.version,
    ]);
    if (hash === record.hash) return;
    throw new ConflictError(
      `${record.jurisdiction} v${record.version} is already published with other content`,
      [],
      'version_exists',
    );
  },
};
