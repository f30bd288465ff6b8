import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aTask } from './case-fixtures.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

export function describeTaskConformance(open: OpenStore): void {
  void describe('tasks', () => {
    const store = freshStorePerTest(open);

    void it('returns an inserted task as written and ignores a replayed insert', async () => {
      // given a task with two candidate groups
      const record = aTask({ candidateGroups: ['intake', 'policy'], result: null });
      await store().transact([{ kind: 'task.insert', record }]);
      // when the insert is replayed with other content
      await store().transact([
        { kind: 'task.insert', record: aTask({ name: 'replayed', candidateGroups: ['x'] }) },
      ]);
      // then the original stays, groups included
      assert.deepEqual(await store().tasks.get('task-1'), record);
      const byGroup = await store().tasks.list({ jurisdiction: 'hz', groups: ['x'] });
      assert.equal(byGroup.total, 0);
    });

    void it('claims and completes a task by patch, leaving other fields alone', async () => {
      // given an open task
      await store().transact([{ kind: 'task.insert', record: aTask() }]);
      // when it is claimed, then completed with a result
      await store().transact([{ kind: 'task.update', id: 'task-1', patch: { assignee: 'user-1' } }]);
      const done = {
        status: 'completed' as const,
        completedAt: day(3),
        completedBy: 'user-1',
        result: { ok: true },
      };
      await store().transact([{ kind: 'task.update', id: 'task-1', patch: done }]);
      // then
      assert.deepEqual(await store().tasks.get('task-1'), { ...aTask(), assignee: 'user-1', ...done });
    });

    void it('re-keys a task onto another element (a migration), keeping its id, assignee and groups', async () => {
      // given an open, claimed task
      await store().transact([{ kind: 'task.insert', record: aTask({ assignee: 'user-1' }) }]);
      // when a migration maps its element to another
      const rekey = { elementId: 'handle-v2', name: '办理（新版）', formKey: 'answer-v2' };
      await store().transact([{ kind: 'task.update', id: 'task-1', patch: rekey }]);
      // then only those fields change
      assert.deepEqual(await store().tasks.get('task-1'), { ...aTask({ assignee: 'user-1' }), ...rekey });
    });

    void it('throws NotFoundError when updating a task that does not exist', async () => {
      await assert.rejects(
        store().transact([{ kind: 'task.update', id: 'missing', patch: { assignee: 'u' } }]),
        domainError('NotFoundError', 'not_found'),
      );
      assert.equal(await store().tasks.get('missing'), null);
    });

    void it('filters by jurisdiction, status, case and due date', async () => {
      // given tasks that differ in one attribute each
      await store().transact(
        [
          aTask({ id: 't-open' }),
          aTask({ id: 't-done', status: 'completed' }),
          aTask({ id: 't-case2', caseId: 'case-2', dueAt: day(9) }),
          aTask({ id: 't-bj', jurisdiction: 'bj' }),
        ].map((record) => ({ kind: 'task.insert' as const, record })),
      );
      const ids = async (q: object) =>
        (await store().tasks.list({ jurisdiction: 'hz', ...q })).items.map((t) => t.id).sort();
      // then
      assert.deepEqual(await ids({}), ['t-case2', 't-done', 't-open']);
      assert.deepEqual(await ids({ status: 'completed' }), ['t-done']);
      assert.deepEqual(await ids({ caseId: 'case-2' }), ['t-case2']);
      assert.deepEqual(await ids({ status: 'open', dueBefore: day(9) }), ['t-open']);
    });

    void it('orders by due date (none last), then creation, and pages with a total', async () => {
      // given tasks with and without due dates
      await store().transact(
        [
          aTask({ id: 'no-due-old', dueAt: null, createdAt: day(1) }),
          aTask({ id: 'due-late', dueAt: day(8), createdAt: day(1) }),
          aTask({ id: 'no-due-new', dueAt: null, createdAt: day(2) }),
          aTask({ id: 'due-soon-new', dueAt: day(5), createdAt: day(3) }),
          aTask({ id: 'due-soon-old', dueAt: day(5), createdAt: day(2) }),
        ].map((record) => ({ kind: 'task.insert' as const, record })),
      );
      // then
      const all = await store().tasks.list({ jurisdiction: 'hz' });
      const order = ['due-soon-old', 'due-soon-new', 'due-late', 'no-due-old', 'no-due-new'];
      assert.deepEqual(
        all.items.map((t) => t.id),
        order,
      );
      const page = await store().tasks.list({ jurisdiction: 'hz', limit: 2, offset: 2 });
      assert.deepEqual(
        page.items.map((t) => t.id),
        order.slice(2, 4),
      );
      assert.equal(page.total, 5);
    });
  });
}
