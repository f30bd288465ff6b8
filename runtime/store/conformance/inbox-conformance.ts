import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TaskQuery } from '../store.js';
import { aTask } from './case-fixtures.js';
import { freshStorePerTest, type OpenStore } from './store-fixture.js';

/**
 * Group and assignee queries. TaskQuery: "tasks whose candidate groups intersect these, or assigned
 * to `assignee`" — both given means either; `unassigned` narrows to unclaimed tasks.
 */
export function describeInboxConformance(open: OpenStore): void {
  void describe('task inbox queries', () => {
    const store = freshStorePerTest(open);
    const ids = async (q: Omit<TaskQuery, 'jurisdiction'>) =>
      (await store().tasks.list({ jurisdiction: 'hz', ...q })).items.map((t) => t.id).sort();
    const seed = () =>
      store().transact(
        [
          aTask({ id: 'intake-free', candidateGroups: ['intake'] }),
          aTask({ id: 'intake-mine', candidateGroups: ['intake'], assignee: 'me' }),
          aTask({ id: 'policy-theirs', candidateGroups: ['policy', 'tax'], assignee: 'them' }),
          aTask({ id: 'legal-mine', candidateGroups: ['legal'], assignee: 'me' }),
          aTask({ id: 'no-groups', candidateGroups: [] }),
          aTask({ id: 'bj-intake', jurisdiction: 'bj', candidateGroups: ['intake'] }),
        ].map((record) => ({ kind: 'task.insert' as const, record })),
      );

    void it('finds tasks whose candidate groups intersect the given groups', async () => {
      await seed();
      assert.deepEqual(await ids({ groups: ['intake'] }), ['intake-free', 'intake-mine']);
      assert.deepEqual(await ids({ groups: ['tax', 'nobody'] }), ['policy-theirs']);
    });

    void it('finds tasks assigned to a user', async () => {
      await seed();
      assert.deepEqual(await ids({ assignee: 'me' }), ['intake-mine', 'legal-mine']);
    });

    void it('with groups and assignee, finds tasks matching either, each once', async () => {
      await seed();
      const page = await store().tasks.list({
        jurisdiction: 'hz',
        groups: ['intake', 'policy'],
        assignee: 'me',
      });
      assert.deepEqual(page.items.map((t) => t.id).sort(), [
        'intake-free',
        'intake-mine',
        'legal-mine',
        'policy-theirs',
      ]);
      assert.equal(page.total, 4);
    });

    void it('with unassigned, keeps only tasks nobody has claimed', async () => {
      await seed();
      assert.deepEqual(await ids({ groups: ['intake', 'policy'], unassigned: true }), ['intake-free']);
      assert.deepEqual(await ids({ unassigned: true }), ['intake-free', 'no-groups']);
    });

    void it('with an empty group list, matches no group (only the assignee, if given)', async () => {
      await seed();
      assert.deepEqual(await ids({ groups: [] }), []);
      assert.deepEqual(await ids({ groups: [], assignee: 'me' }), ['intake-mine', 'legal-mine']);
    });
  });
}
