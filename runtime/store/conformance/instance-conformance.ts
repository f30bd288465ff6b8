import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aCase } from './case-fixtures.js';
import { anInstance, aTimer } from './engine-fixtures.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

const stale = domainError('ConflictError', 'stale_revision');

/** `instance.save` is optimistic: "every save increments" rev; a stale expectedRev writes nothing. */
export function describeInstanceConformance(open: OpenStore): void {
  void describe('engine instances', () => {
    const store = freshStorePerTest(open);

    void it('creates an instance at rev 1 when saved with expectedRev null, whatever record.rev says', async () => {
      // given a new instance record carrying a bogus rev
      await store().transact([{ kind: 'instance.save', record: anInstance({ rev: 42 }), expectedRev: null }]);
      // then it is stored as written, at rev 1
      assert.deepEqual(await store().engine.instance('inst-1'), anInstance({ rev: 1 }));
    });

    void it('updates an instance saved with the current rev and moves it to rev + 1', async () => {
      // given an instance at rev 1
      await store().transact([{ kind: 'instance.save', record: anInstance(), expectedRev: null }]);
      // when saved twice with the revs it was read at
      const next = anInstance({
        status: 'completed',
        state: null,
        variables: { done: true },
        updatedAt: day(3),
      });
      await store().transact([{ kind: 'instance.save', record: next, expectedRev: 1 }]);
      await store().transact([{ kind: 'instance.save', record: { ...next, rev: 0 }, expectedRev: 2 }]);
      // then it holds the new content at rev 3
      assert.deepEqual(await store().engine.instance('inst-1'), { ...next, rev: 3 });
    });

    void it('rejects a stale expectedRev and writes nothing from that batch', async () => {
      // given an instance at rev 2
      await store().transact([{ kind: 'instance.save', record: anInstance(), expectedRev: null }]);
      await store().transact([{ kind: 'instance.save', record: anInstance(), expectedRev: 1 }]);
      // when a batch saves it from rev 1 along with a case and a timer
      const batch = [
        { kind: 'case.insert' as const, record: aCase() },
        { kind: 'timer.set' as const, record: aTimer() },
        { kind: 'instance.save' as const, record: anInstance({ status: 'failed' }), expectedRev: 1 },
      ];
      // then it fails with stale_revision and none of it is visible
      await assert.rejects(store().transact(batch), stale);
      assert.equal(await store().cases.get('case-1'), null);
      assert.deepEqual(await store().engine.timersFor('inst-1'), []);
      assert.deepEqual(await store().engine.instance('inst-1'), anInstance({ rev: 2 }));
    });

    void it('rejects creating an instance that already exists', async () => {
      await store().transact([{ kind: 'instance.save', record: anInstance(), expectedRev: null }]);
      await assert.rejects(
        store().transact([
          { kind: 'instance.save', record: anInstance({ status: 'failed' }), expectedRev: null },
        ]),
        stale,
      );
      assert.equal((await store().engine.instance('inst-1'))?.status, 'active');
    });

    void it('rejects saving an instance that does not exist with a numeric expectedRev', async () => {
      await assert.rejects(
        store().transact([{ kind: 'instance.save', record: anInstance(), expectedRev: 1 }]),
        stale,
      );
      assert.equal(await store().engine.instance('inst-1'), null);
    });

    void it('lets only the first of two writers that read the same rev win', async () => {
      // given two writers that both read rev 1
      await store().transact([{ kind: 'instance.save', record: anInstance(), expectedRev: null }]);
      const first = store().transact([
        { kind: 'instance.save', record: anInstance({ variables: { w: 1 } }), expectedRev: 1 },
      ]);
      const second = store().transact([
        { kind: 'instance.save', record: anInstance({ variables: { w: 2 } }), expectedRev: 1 },
      ]);
      // then exactly one commits
      const results = await Promise.allSettled([first, second]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
      assert.equal((await store().engine.instance('inst-1'))?.rev, 2);
    });

    void it('finds instances by business key and lists the active ones', async () => {
      // given active, completed and terminated instances
      await store().transact([
        { kind: 'instance.save', record: anInstance({ instanceKey: 'b' }), expectedRev: null },
        {
          kind: 'instance.save',
          record: anInstance({ instanceKey: 'a', businessKey: 'case-2' }),
          expectedRev: null,
        },
        {
          kind: 'instance.save',
          record: anInstance({ instanceKey: 'c', businessKey: 'case-3', status: 'completed' }),
          expectedRev: null,
        },
        {
          kind: 'instance.save',
          record: anInstance({ instanceKey: 'd', businessKey: 'case-4', status: 'terminated' }),
          expectedRev: null,
        },
      ]);
      // then
      assert.equal((await store().engine.instanceByBusinessKey('case-2'))?.instanceKey, 'a');
      assert.equal(await store().engine.instanceByBusinessKey('case-9'), null);
      assert.deepEqual((await store().engine.activeInstanceKeys()).sort(), ['a', 'b']);
      assert.deepEqual(
        (await store().engine.activeInstances()).map((i) => [i.instanceKey, i.businessKey, i.rev]),
        [
          ['a', 'case-2', 1],
          ['b', 'case-1', 1],
        ],
      );
      assert.equal(await store().engine.instance('nope'), null);
    });
  });
}
