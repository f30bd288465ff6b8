import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertStoreServesProcesses } from '../../server/ops/app-cluster.js';
import { ProcessLocalCoordination } from '../../runtime/store/process-local-coordination.js';
import { SqliteStore } from '../../runtime/store/sqlite/sqlite-store.js';

test('APP_PROCESSES > 1 needs a store whose coordination the processes share', async () => {
  // given a store that coordinates in process memory (MongoStore's), then one process is fine …
  const local = new ProcessLocalCoordination();
  assert.doesNotThrow(() => assertStoreServesProcesses(local, 1, 'mongo'));
  // … and two are refused, naming the setting and what to do
  assert.throws(
    () => assertStoreServesProcesses(local, 2, 'mongo'),
    /APP_PROCESSES=2 needs a store shared between processes .*STORE=mongo serves one app process per database — set APP_PROCESSES=1/,
  );
  // given the SQLite file opened for several processes, then two are served
  const dir = mkdtempSync(join(tmpdir(), 'app-processes-store-'));
  const store = await SqliteStore.open({ file: join(dir, 'platform.db'), sharedCoordination: true });
  try {
    assert.doesNotThrow(() => assertStoreServesProcesses(store.coordination, 2, 'sqlite'));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
