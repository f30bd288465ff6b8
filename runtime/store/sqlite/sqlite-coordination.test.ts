import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { describeCoordinationConformance } from '../conformance/coordination-conformance.js';
import { day } from '../conformance/store-fixture.js';
import { SqliteStore } from './sqlite-store.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let tempDir = '';
let counter = 0;
const freshFile = () => path.join(tempDir, `coordination-${++counter}.db`);

before(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-coordination-'));
});
after(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

void describe('SQLite coordination shared by the app processes on one file (APP_PROCESSES > 1)', () => {
  describeCoordinationConformance(async () => {
    const store = SqliteStore.open({ file: freshFile(), sharedCoordination: true });
    return { store, cleanup: () => store.close() };
  });

  void it('is shared: a lease held here is refused to another process, its live events are read here', async () => {
    // given this process holds instance:1 until 09:01 and has appended one live event
    const file = freshFile();
    const store = SqliteStore.open({ file, sharedCoordination: true });
    assert.equal(store.coordination.shared, true);
    assert.equal(await store.coordination.lease('instance:1', 'here', day(2, 9), day(2, 9, 1)), true);
    assert.deepEqual(await store.coordination.appendLive(['{"from":"here"}']), [1]);
    // when another process on the same file asks for the lease and appends two events
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(here, 'fixtures/coordination-process.ts'),
        file,
        'instance:1',
        day(2, 9),
        day(2, 9, 2),
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    assert.equal(child.status, 0, child.stderr);
    // then it was refused the lease, its events follow ours in order, and we read them
    assert.deepEqual(JSON.parse(child.stdout), { leased: false, seqs: [2, 3] });
    assert.equal(await store.coordination.liveHead(), 3);
    assert.deepEqual(
      (await store.coordination.liveAfter(1, 10)).map((row) => row.payload),
      ['{"from":"other"}', '{"from":"other","n":2}'],
    );
    await store.close();
  });

  void it('stays in process memory when one process serves the file (the default)', async () => {
    const store = SqliteStore.open({ file: freshFile() });
    assert.equal(store.coordination.shared, false);
    await store.close();
  });
});
