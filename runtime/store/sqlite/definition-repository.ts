import type { DefinitionVersionRecord } from '../records.js';
import type { DefinitionRepository } from '../store.js';
import { definitionsTable as t } from '../sql/case-tables.js';
import type { StatementCache } from './statement-cache.js';
import { sqlite } from './row-codec.js';

const metaColumns = 'jurisdiction, version, hash, published_at, published_by, note, rollback_of';

export class SqliteDefinitionRepository implements DefinitionRepository {
  constructor(private readonly sql: StatementCache) {}

  async latest(jurisdiction: string): Promise<DefinitionVersionRecord | null> {
    const row = this.sql.row(
      `SELECT ${t.selectList} FROM definitions WHERE jurisdiction = ? ORDER BY version DESC LIMIT 1`,
      jurisdiction,
    );
    return row ? t.decode(row, sqlite) : null;
  }

  async get(jurisdiction: string, version: number): Promise<DefinitionVersionRecord | null> {
    const row = this.sql.row(
      `SELECT ${t.selectList} FROM definitions WHERE jurisdiction = ? AND version = ?`,
      jurisdiction,
      version,
    );
    return row ? t.decode(row, sqlite) : null;
  }

  /** Every published version of a jurisdiction without its bundle, oldest first. */
  async listVersions(jurisdiction: string): Promise<Omit<DefinitionVersionRecord, 'bundle'>[]> {
    const rows = this.sql.rows(
      `SELECT ${metaColumns} FROM definitions WHERE jurisdiction = ? ORDER BY version`,
      jurisdiction,
    );
    return rows.map((row) => {
      const { bundle: _bundle, ...meta } = t.decode(row, sqlite);
      return meta;
    });
  }

  /** Jurisdictions with at least one published version, sorted. */
  async jurisdictions(): Promise<string[]> {
    return this.sql
      .rows('SELECT DISTINCT jurisdiction FROM definitions ORDER BY jurisdiction')
      .map((r) => String(r['jurisdiction']));
  }
}
