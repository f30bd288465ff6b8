import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mutation } from '../mutations.js';
import { aCase, anEvent } from './case-fixtures.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

/**
 * Window [day 1, day 16): c1 reopened twice and instructed, c2 reopened after the window ended,
 * c3 only submitted, c4 created at `to`, c0 created before `from`, bj1 in another jurisdiction.
 */
function dataset(): Mutation[] {
  const cases = [
    aCase({ id: 'c1', createdAt: day(1) }),
    aCase({ id: 'c2', createdAt: day(10) }),
    aCase({ id: 'c3', createdAt: day(15, 23, 59) }),
    aCase({ id: 'c4', createdAt: day(16) }),
    aCase({ id: 'c0', createdAt: day(0) }),
    aCase({ id: 'bj1', jurisdiction: 'bj', createdAt: day(5) }),
  ];
  const events = [
    anEvent({ id: 'e1', caseId: 'c1', type: 'reopened', at: day(3) }),
    anEvent({ id: 'e2', caseId: 'c1', type: 'reopened', at: day(8) }),
    anEvent({ id: 'e3', caseId: 'c1', type: 'leader-instruction', at: day(4) }),
    anEvent({ id: 'e4', caseId: 'c2', type: 'reopened', at: day(20) }),
    anEvent({ id: 'e5', caseId: 'c3', type: 'submitted', at: day(15, 23, 59) }),
    anEvent({ id: 'e6', caseId: 'c4', type: 'reopened', at: day(17) }),
    anEvent({ id: 'e7', caseId: 'c0', type: 'reopened', at: day(2) }),
    anEvent({ id: 'e8', caseId: 'bj1', jurisdiction: 'bj', type: 'reopened', at: day(6) }),
  ];
  return [
    ...cases.map((record) => ({ kind: 'case.insert' as const, record })),
    ...events.map((record) => ({ kind: 'event.append' as const, record })),
  ];
}

/** countByEventType: distinct cases of a creation window per event type (二次交办率 and the like). */
export function describeEventCountConformance(open: OpenStore): void {
  void describe('case counts by event type', () => {
    const store = freshStorePerTest(open);
    const count = (types: string[], jurisdiction = 'hz') =>
      store().cases.countByEventType(jurisdiction, types, day(1), day(16));

    void it('counts each case once per type, by creation in [from, to) whenever the event happened', async () => {
      // given the dataset
      await store().transact(dataset());
      // when counted for the window
      const counts = await count(['reopened', 'leader-instruction', 'submitted']);
      // then c1 counts once despite two reopenings, c2 counts although reopened after `to`,
      // c3 (last minute) is in, c4 (at `to`) and c0 (before `from`) are out
      assert.deepEqual(counts, { reopened: 2, 'leader-instruction': 1, submitted: 1 });
    });

    void it('keys every requested type, 0 when no case has it, and collapses repeated types', async () => {
      // given the dataset
      await store().transact(dataset());
      // then
      assert.deepEqual(await count(['reopened', 'never-happened', 'reopened']), {
        reopened: 2,
        'never-happened': 0,
      });
      assert.deepEqual(await count([]), {});
    });

    void it('counts only the given jurisdiction', async () => {
      // given the dataset, whose bj case was reopened inside the window
      await store().transact(dataset());
      // then each jurisdiction sees its own cases only
      assert.deepEqual(await count(['reopened'], 'bj'), { reopened: 1 });
      assert.deepEqual(await count(['reopened'], 'sh'), { reopened: 0 });
    });
  });
}
