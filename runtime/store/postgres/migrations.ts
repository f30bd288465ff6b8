import type pg from 'pg';
import { schemaAudit } from './schema-audit.js';
import { schemaCaseKpi } from './schema-case-kpi.js';
import { schemaCaseKpiResponse } from './schema-case-kpi-response.js';
import { schemaCaseLedger } from './schema-case-ledger.js';
import { schemaCases } from './schema-cases.js';
import { schemaDirectory } from './schema-directory.js';
import { schemaEngine } from './schema-engine.js';
import { schemaCoordination } from './schema-coordination.js';
import { schemaCredentials } from './schema-credentials.js';
import { schemaHolidayArrangements } from './schema-holiday-arrangements.js';
import { schemaIndicators } from './schema-indicators.js';
import { schemaPolicyCollections } from './schema-policy-collections.js';
import { schemaPolicyNotices } from './schema-policy-notices.js';
import { schemaMessages } from './schema-messages.js';
import { schemaSupervision } from './schema-supervision.js';
import { schemaVersionNotes } from './schema-version-notes.js';

export interface Migration {
  /** Strictly increasing, never reused; append new migrations at the end. */
  version: number;
  name: string;
  sql: string;
}

/**
 * Ordered list of schema migrations of the PostgreSQL adapter (its own numbering, independent of
 * the SQLite adapter's). Applied ones are recorded in `schema_migrations`.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'definitions, processes, cases, tasks, timeline, ratings', sql: schemaCases },
  { version: 2, name: 'engine state', sql: schemaEngine },
  { version: 3, name: 'directory', sql: schemaDirectory },
  { version: 4, name: 'supervision orders and visits', sql: schemaSupervision },
  { version: 5, name: 'append-only audit log', sql: schemaAudit },
  { version: 6, name: 'attachments, case units, KPI facts per case', sql: schemaCaseKpi },
  { version: 7, name: 'enterprise monthly indicators', sql: schemaIndicators },
  { version: 8, name: 'national holiday arrangements', sql: schemaHolidayArrangements },
  { version: 9, name: 'sessions and password history', sql: schemaCredentials },
  { version: 10, name: 'version notes and rollbacks', sql: schemaVersionNotes },
  { version: 11, name: 'response time in the KPI facts', sql: schemaCaseKpiResponse },
  {
    version: 12,
    name: 'coordination of app replicas: leases, windows, values, live feed',
    sql: schemaCoordination,
  },
  { version: 13, name: 'policy notices (政策告知书)', sql: schemaPolicyNotices },
  {
    version: 14,
    name: 'account state: disabled, must change password, password age',
    sql: `ALTER TABLE users ADD COLUMN disabled_at timestamptz;
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN password_changed_at timestamptz;`,
  },
  { version: 15, name: 'case numbers, ledger indexes, saved ledger queries', sql: schemaCaseLedger },
  { version: 16, name: 'messages (站内信), their outbox and contacts', sql: schemaMessages },
  {
    version: 18,
    name: 'jurisdictions: archived or not, package files beside the bundle',
    sql: `CREATE TABLE jurisdictions (
  id key_text PRIMARY KEY, status text NOT NULL, files_json json NOT NULL, created_from text,
  changed_at timestamptz NOT NULL, changed_by key_text NOT NULL
);`,
  },
  { version: 19, name: 'monthly policy collections (每月政策收集)', sql: schemaPolicyCollections },
];

const ledger = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** Serialises migrations of one schema across every process that opens it at the same time. */
const lockSchema = "SELECT pg_advisory_xact_lock(hashtext('schema_migrations'), hashtext(current_schema()))";

/**
 * Apply every migration the schema lacks, each in its own transaction holding the schema's advisory
 * lock (so app processes starting together apply each exactly once; PostgreSQL DDL is transactional,
 * so a failing migration leaves nothing behind). Reopening an up-to-date schema is a no-op.
 * Returns the versions applied now.
 */
export async function migrate(pool: pg.Pool, list: readonly Migration[] = migrations): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await inTransaction(client, () => client.query(ledger));
    // By version, not by maximum: migrations numbered in parallel branches may land out of order.
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      await inTransaction(client, async () => {
        const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
          migration.version,
        ]);
        if (done.rowCount) return;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        applied.push(migration.version);
      });
    }
    return applied;
  } finally {
    client.release();
  }
}

/** Versions recorded in `schema_migrations`, ascending. */
export async function appliedVersions(pool: pg.Pool): Promise<number[]> {
  const result = await pool.query<{ version: number }>(
    'SELECT version FROM schema_migrations ORDER BY version',
  );
  return result.rows.map((row) => row.version);
}

async function inTransaction(client: pg.PoolClient, work: () => Promise<unknown>): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(lockSchema);
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Create `schema` unless it exists (under the same lock, so concurrent first starts do not collide). */
export async function ensureSchema(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('schema_migrations'), hashtext($1))", [schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
