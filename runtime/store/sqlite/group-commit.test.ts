import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConflictError } from '../../common/errors.js';
import { aCase } from '../conformance/case-fixtures.js';
import type { EngineInstanceRecord } from '../records.js';
import { SqliteStore } from './sqlite-store.js';

const instance: EngineInstanceRecord = {
  instanceKey: 'inst-1',
  processKey: 'proc-1',
  businessKey: 'case-1',
  status: 'active',
  state: null,
  variables: {},
  rev: 0,
  updatedAt: '2026-03-16T00:00:00.000Z',
};

function freshStore(): { store: SqliteStore; file: string; done: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'group-commit-'));
  const file = path.join(dir, 'platform.db');
  return { store: SqliteStore.open({ file }), file, done: () => fs.rmSync(dir, { recursive: true }) };
}

void describe('SqliteStore group commit', () => {
  void it('commits batches ready in the same turn together, each all or nothing', async () => {
    // given a committed case and its instance at revision 1
    const { store, file, done } = freshStore();
    await store.transact([
      { kind: 'case.insert', record: aCase({ id: 'case-1' }) },
      { kind: 'instance.save', record: instance, expectedRev: null },
    ]);
    // when three batches are submitted at once and the middle one saves the instance at a stale revision
    const results = await Promise.allSettled([
      store.transact([{ kind: 'case.insert', record: aCase({ id: 'case-2' }) }]),
      store.transact([
        { kind: 'case.insert', record: aCase({ id: 'case-3' }) },
        { kind: 'instance.save', record: instance, expectedRev: 7 },
      ]),
      store.transact([{ kind: 'case.insert', record: aCase({ id: 'case-4' }) }]),
    ]);
    // then only the failing batch is rejected, and nothing of it was written
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    const failed = results[1] as PromiseRejectedResult;
    assert.ok(failed.reason instanceof ConflictError);
    assert.equal(await store.cases.get('case-3'), null);
    // and the others are durable: a fresh connection sees them after this one closes
    await store.close();
    const reopened = SqliteStore.open({ file });
    for (const id of ['case-1', 'case-2', 'case-4']) assert.equal((await reopened.cases.get(id))?.id, id);
    await reopened.close();
    done();
  });

  void it('commits what is still queued when the store closes', async () => {
    // given a batch submitted but not yet flushed
    const { store, file, done } = freshStore();
    const pending = store.transact([{ kind: 'case.insert', record: aCase({ id: 'case-9' }) }]);
    // when the store closes in the same turn
    await store.close();
    await pending;
    // then the batch was committed first
    const reopened = SqliteStore.open({ file });
    assert.equal((await reopened.cases.get('case-9'))?.id, 'case-9');
    await reopened.close();
    done();
  });
});
