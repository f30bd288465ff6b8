import type { DefinitionVersionRecord } from '../records.js';
import type { DefinitionRepository } from '../store.js';
import { definitionsTable as t } from './case-tables.js';
import type { SqlReader } from './sql-reader.js';

const metaColumns = 'jurisdiction, version, hash, published_at, published_by, note, rollback_of';

/** Published definition versions on either SQL adapter. */
export class SqlDefinitionRepository implements DefinitionRepository {
  constructor(private readonly sql: SqlReader) {}

  async latest(jurisdiction: string): Promise<DefinitionVersionRecord | null> {
    return this.sql.one(t, 'WHERE jurisdiction = $1 ORDER BY version DESC LIMIT 1', [jurisdiction]);
  }

  async latestVersion(jurisdiction: string): Promise<number | null> {
    const version = await this.sql.scalar('SELECT MAX(version) FROM definitions WHERE jurisdiction = $1', [
      jurisdiction,
    ]);
    return version === null || version === undefined ? null : Number(version);
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
      const { bundle: _bundle, ...meta } = t.decode(row, this.sql.dialect);
      return meta;
    });
  }

  /** Jurisdictions with at least one published version, sorted. */
  async jurisdictions(): Promise<string[]> {
    const rows = await this.sql.rows('SELECT DISTINCT jurisdiction FROM definitions ORDER BY jurisdiction');
    return rows.map((r) => String(r['jurisdiction']));
  }
}
