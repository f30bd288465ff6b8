import type Database from 'better-sqlite3';
import { schemaV1 } from './schema-v1.js';
import { schemaV3 } from './schema-v3.js';
import { schemaV5 } from './schema-v5.js';
import { schemaV7 } from './schema-v7.js';
import { schemaV8 } from './schema-v8.js';
import { schemaV9 } from './schema-v9.js';
import { schemaV20 } from './schema-v20.js';
import { schemaV21 } from './schema-v21.js';
import { schemaV22 } from './schema-v22.js';
import { schemaV23 } from './schema-v23.js';
import { schemaV24 } from './schema-v24.js';
import { schemaV26 } from './schema-v26.js';
import { schemaV28 } from './schema-v28.js';
import { schemaV30 } from './schema-v30.js';
import { schemaV31 } from './schema-v31.js';
import { schemaV34 } from './schema-v34.js';
import { schemaV35 } from './schema-v35.js';
import { schemaV36 } from './schema-v36.js';
import { schemaV37 } from './schema-v37.js';

export interface Migration {
  /** Strictly increasing, never reused; append new migrations at the end. */
  version: number;
  name: string;
  sql: string;
}

/** Ordered list of schema migrations. Applied ones are recorded in `schema_migrations`. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: schemaV1 },
  { version: 2, name: 'SLA pause on cases', sql: 'ALTER TABLE cases ADD COLUMN sla_paused_at TEXT;' },
  { version: 3, name: 'supervision orders and visits', sql: schemaV3 },
  { version: 4, name: 'answer time on cases', sql: 'ALTER TABLE cases ADD COLUMN answered_at TEXT;' },
  { version: 5, name: 'exception-case indexes', sql: schemaV5 },
  {
    version: 6,
    name: 'rating rounds',
    sql: 'ALTER TABLE ratings ADD COLUMN round INTEGER NOT NULL DEFAULT 0;',
  },
  { version: 7, name: 'append-only audit log', sql: schemaV7 },
  { version: 8, name: 'directory depth, attachments, case units, KPI index', sql: schemaV8 },
  { version: 9, name: 'KPI facts per case, kept by triggers', sql: schemaV9 },
  { version: 20, name: 'enterprise monthly indicators', sql: schemaV20 },
  { version: 21, name: 'engine cursors, pending outbox by topic', sql: schemaV21 },
  { version: 22, name: 'national holiday arrangements', sql: schemaV22 },
  { version: 23, name: 'sessions and password history', sql: schemaV23 },
  { version: 24, name: 'version notes and rollbacks, open cases by version', sql: schemaV24 },
  { version: 26, name: 'response time in the KPI facts', sql: schemaV26 },
  { version: 28, name: 'policy notices (政策告知书)', sql: schemaV28 },
  {
    version: 29,
    name: 'account state: disabled, must change password, password age',
    sql: `ALTER TABLE users ADD COLUMN disabled_at TEXT;
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN password_changed_at TEXT;`,
  },
  { version: 30, name: 'case numbers, ledger indexes, saved ledger queries', sql: schemaV30 },
  { version: 31, name: 'messages (站内信), their outbox and contacts', sql: schemaV31 },
  {
    version: 33,
    name: 'jurisdictions: archived or not, package files beside the bundle',
    sql: `CREATE TABLE jurisdictions (
  id TEXT PRIMARY KEY, status TEXT NOT NULL, files_json TEXT NOT NULL, created_from TEXT,
  changed_at TEXT NOT NULL, changed_by TEXT NOT NULL
);`,
  },
  { version: 34, name: 'monthly policy collections (每月政策收集)', sql: schemaV34 },
  { version: 35, name: 'ledger filter indexes carry class, tier, channel and status', sql: schemaV35 },
  { version: 36, name: 'coordination between app processes on one file', sql: schemaV36 },
  { version: 37, name: '台账 unit, rating and combined filters from case_kpi', sql: schemaV37 },
];

const ledger = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
)`;

/**
 * Apply every migration newer than the database, each in its own IMMEDIATE transaction (so two
 * processes opening the same file at once cannot both apply it). Reopening an up-to-date file is a no-op.
 * Returns the versions applied now.
 */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number[] {
  db.exec(ledger);
  // By version, not by maximum: migrations numbered in parallel branches may land out of order.
  const done = db.prepare<[number], number>('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (done.get(migration.version)) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(migration.version);
    });
    apply.immediate();
  }
  return applied;
}

/** Versions recorded in `schema_migrations`, ascending. */
export function appliedVersions(db: Database.Database): number[] {
  return db.prepare<[], number>('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
}
