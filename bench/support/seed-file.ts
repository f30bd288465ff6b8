import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../runtime/store/sqlite/sqlite-store.js';

/**
 * A fresh SQLite store file in its own temporary folder, migrated, opened raw for bulk seeding (WAL,
 * no fsync: seeding is not what a bench measures). Close `db` before opening the store on `file`.
 */
export async function seedFile(
  prefix: string,
): Promise<{ dir: string; file: string; db: Database.Database }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'platform.db');
  await SqliteStore.open({ file }).close(); // schema
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  return { dir, file, db };
}
