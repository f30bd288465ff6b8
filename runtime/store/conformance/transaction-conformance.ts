import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aCase, anEvent, aTask } from './case-fixtures.js';
import { aUser } from './directory-fixtures.js';
import { aJob, anInstance, anOutboxEntry, aTimer } from './engine-fixtures.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

/** "A list of mutations is applied by `Store.transact` atomically: all or nothing." */
export function describeTransactionConformance(open: OpenStore): void {
  void describe('transact', () => {
    const store = freshStorePerTest(open);

    void it('accepts an empty batch', async () => {
      await store().transact([]);
      assert.equal((await store().cases.list({ jurisdiction: 'hz' })).total, 0);
    });

    void it('makes a whole intake step visible at once, later mutations seeing earlier ones', async () => {
      // given one batch: a case, its instance, task, event, timer, job, outbox entry, and a case patch
      await store().transact([
        { kind: 'case.insert', record: aCase() },
        { kind: 'instance.save', record: anInstance(), expectedRev: null },
        { kind: 'case.update', id: 'case-1', patch: { instanceKey: 'inst-1' } },
        { kind: 'task.insert', record: aTask() },
        { kind: 'task.update', id: 'task-1', patch: { dueAt: day(6) } },
        { kind: 'event.append', record: anEvent() },
        { kind: 'timer.set', record: aTimer() },
        { kind: 'job.insert', record: aJob() },
        { kind: 'outbox.add', record: anOutboxEntry() },
      ]);
      // then every write is there
      assert.equal((await store().cases.get('case-1'))?.instanceKey, 'inst-1');
      assert.equal((await store().tasks.get('task-1'))?.dueAt, day(6));
      assert.equal((await store().engine.instance('inst-1'))?.rev, 1);
      assert.equal((await store().events.listForCase('case-1')).length, 1);
      assert.equal((await store().engine.timersFor('inst-1')).length, 1);
      assert.equal((await store().engine.jobsFor('inst-1')).length, 1);
      assert.equal((await store().engine.outboxPending(10)).length, 1);
    });

    void it('rolls back every earlier mutation of a batch when a later one fails', async () => {
      // given a batch whose last mutation updates a missing task
      const batch = [
        { kind: 'case.insert' as const, record: aCase() },
        { kind: 'user.upsert' as const, record: aUser() },
        { kind: 'outbox.add' as const, record: anOutboxEntry() },
        { kind: 'task.update' as const, id: 'missing', patch: { assignee: 'x' } },
      ];
      // when it is applied, then it fails and nothing of it is visible
      await assert.rejects(store().transact(batch), domainError('NotFoundError', 'not_found'));
      assert.equal(await store().cases.get('case-1'), null);
      assert.equal(await store().directory.user('user-1'), null);
      assert.deepEqual(await store().engine.outboxPending(10), []);
    });

    void it('keeps earlier committed batches when a later batch fails', async () => {
      await store().transact([{ kind: 'case.insert', record: aCase() }]);
      await assert.rejects(store().transact([{ kind: 'case.update', id: 'missing', patch: {} }]));
      assert.notEqual(await store().cases.get('case-1'), null);
    });
  });
}
