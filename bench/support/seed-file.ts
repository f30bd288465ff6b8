import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../runtime/store/sqlite/sqlite-store.js';

/**
 * A fresh SQLite store file in its own temporary folder, migrated, opened raw for bulk seeding (rollback
 * journal in memory — better-sqlite3's defensive mode refuses `journal_mode = OFF` — and no fsync:
 * seeding is not what a bench measures). Close `db` before opening the store on `file`.
 */
export async function seedFile(
  prefix: string,
): Promise<{ dir: string; file: string; db: Database.Database }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'platform.db');
  await SqliteStore.open({ file }).close(); // schema
  const db = new Database(file);
  db.pragma('journal_mode = DELETE'); // out of the store's WAL first
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  return { dir, file, db };
}
