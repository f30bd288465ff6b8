import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { aCase } from '../conformance/case-fixtures.js';
import { describeStoreConformance } from '../conformance/store-conformance.js';
import { appliedVersions, migrate, migrations } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let tempDir = '';
let counter = 0;
const freshFile = () => path.join(tempDir, `store-${++counter}.db`);

before(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-store-'));
});
after(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

describeStoreConformance('sqlite', async () => {
  const file = freshFile();
  const store = SqliteStore.open({ file });
  const cleanup = async () => {
    await store.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  };
  return { store, cleanup };
});

void describe('SqliteStore', () => {
  void it('runs in WAL mode with full synchronous commits, foreign keys and a busy timeout', async () => {
    const store = SqliteStore.open({ file: freshFile() });
    assert.deepEqual(store.pragmas(), {
      journalMode: 'wal',
      synchronous: 2,
      foreignKeys: true,
      busyTimeoutMs: 5000,
    });
    await store.close();
  });

  void it('applies every migration once; reopening applies none and keeps the ledger', async () => {
    // given a new file opened, closed and opened again
    const file = freshFile();
    await SqliteStore.open({ file }).close();
    await SqliteStore.open({ file }).close();
    // then each migration is recorded exactly once and re-running migrate is a no-op
    const db = new Database(file);
    assert.deepEqual(
      appliedVersions(db),
      migrations.map((m) => m.version),
    );
    assert.deepEqual(migrate(db), []);
    db.close();
  });

  void it('rolls back a failing migration entirely and keeps the ones before it', () => {
    // given a ledger where migration 2 fails half-way
    const db = new Database(freshFile());
    const list = [
      { version: 1, name: 'one', sql: 'CREATE TABLE one (x INTEGER)' },
      { version: 2, name: 'two', sql: 'CREATE TABLE two (x INTEGER); CREATE TABLE one (y INTEGER)' },
    ];
    // when migrating, then it throws, version 1 stays and table `two` was not created
    assert.throws(() => migrate(db, list));
    assert.deepEqual(appliedVersions(db), [1]);
    const tables = db.prepare<[], number>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'two'").pluck();
    assert.equal(tables.get(), 0);
    db.close();
  });

  void it('keeps committed data across close and reopen', async () => {
    const file = freshFile();
    const first = SqliteStore.open({ file });
    await first.transact([{ kind: 'case.insert', record: aCase() }]);
    await first.close();
    const second = SqliteStore.open({ file });
    assert.deepEqual(await second.cases.get('case-1'), aCase());
    await second.close();
  });

  void it('shares committed data with another process using the same file', async () => {
    // given a committed case while this process keeps the database open
    const file = freshFile();
    const store = SqliteStore.open({ file });
    await store.transact([{ kind: 'case.insert', record: aCase() }]);
    // when another process opens the file, reads it and commits a case of its own
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'fixtures/other-process.ts'), file, 'case-1'],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    assert.equal(child.status, 0, child.stderr);
    // then it saw our case, and we see its case without reopening
    assert.deepEqual(JSON.parse(child.stdout), { seen: aCase() });
    assert.equal((await store.cases.get('case-1-from-other-process'))?.title, 'written by another process');
    await store.close();
  });

  void it('closing twice is harmless', async () => {
    const store = SqliteStore.open({ file: freshFile() });
    await store.close();
    await store.close();
  });
});
