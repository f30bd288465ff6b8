import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TaskQuery } from '../store.js';
import { aCase, aTask } from './case-fixtures.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

export function describeTaskQueryConformance(open: OpenStore): void {
  void describe('task queries', () => {
    const store = freshStorePerTest(open);

    const seed = async () => {
      await store().transact([
        {
          kind: 'case.insert',
          record: aCase({
            id: 'c-web',
            channel: 'web',
            requestClass: 'policy',
            tier: 'district',
            enterpriseId: 'e-1',
          }),
        },
        {
          kind: 'case.insert',
          record: aCase({
            id: 'c-tel',
            channel: 'hotline',
            requestClass: 'land',
            tier: 'city',
            enterpriseId: 'e-2',
          }),
        },
        {
          kind: 'task.insert',
          record: aTask({ id: 't1', caseId: 'c-web', dueAt: day(10), createdAt: day(2) }),
        },
        {
          kind: 'task.insert',
          record: aTask({ id: 't2', caseId: 'c-tel', dueAt: day(5), createdAt: day(3) }),
        },
        { kind: 'task.insert', record: aTask({ id: 't3', caseId: 'c-tel', dueAt: null, createdAt: day(1) }) },
      ]);
    };
    const ids = async (q: Omit<TaskQuery, 'jurisdiction'>) =>
      (await store().tasks.list({ jurisdiction: 'hz', ...q })).items.map((t) => t.id);

    void it("filters tasks by their case's class, tier, channel and enterprise", async () => {
      await seed();
      assert.deepEqual(await ids({ requestClass: 'policy' }), ['t1']);
      assert.deepEqual(await ids({ tier: 'city' }), ['t2', 't3']);
      assert.deepEqual(await ids({ channel: 'hotline', enterpriseId: 'e-2' }), ['t2', 't3']);
      assert.deepEqual(await ids({ channel: 'web', enterpriseId: 'e-2' }), []);
    });

    void it('filters by a due window (dueFrom inclusive, dueBefore exclusive)', async () => {
      await seed();
      assert.deepEqual(await ids({ dueFrom: day(5), dueBefore: day(10) }), ['t2']);
      assert.deepEqual(await ids({ dueFrom: day(5) }), ['t2', 't1']);
    });

    void it('sorts by due date (default), oldest or newest first', async () => {
      await seed();
      assert.deepEqual(await ids({}), ['t2', 't1', 't3']);
      assert.deepEqual(await ids({ sort: 'created' }), ['t3', 't1', 't2']);
      assert.deepEqual(await ids({ sort: '-created' }), ['t2', 't1', 't3']);
    });
  });
}
