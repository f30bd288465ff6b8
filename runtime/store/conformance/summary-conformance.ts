import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mutation } from '../mutations.js';
import { emptyCaseSummary } from '../case-windows.js';
import type { CaseSummary } from '../store.js';
import { aCase, anEvent, aRating } from './case-fixtures.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

/** A small month, hand-computed: window [day 1, day 16), now = day 20. */
function dataset(): Mutation[] {
  const closed = (
    id: string,
    created: number,
    deadline: number | null,
    closedAt: number,
    requestClass: string,
  ) =>
    aCase({
      id,
      createdAt: day(created),
      status: 'closed',
      requestClass,
      deadlineAt: deadline === null ? null : day(deadline),
      closedAt: day(closedAt),
    });
  const cases = [
    closed('c1', 2, 10, 8, 'policy'), // on time
    closed('c2', 3, 10, 12, 'policy'), // late
    closed('c3', 4, null, 5, 'tax'), // no deadline: neither on time nor late
    aCase({ id: 'c4', createdAt: day(4, 12), requestClass: 'tax', deadlineAt: day(25) }), // open, not overdue
    aCase({ id: 'c5', createdAt: day(6), requestClass: null, deadlineAt: day(15) }), // open, overdue
    aCase({ id: 'c6', createdAt: day(7), status: 'refused', closedAt: day(7), deadlineAt: day(10) }),
    aCase({ id: 'c7', createdAt: day(15, 23, 59), deadlineAt: null }), // last minute of the window
    aCase({ id: 'c8', createdAt: day(16), deadlineAt: day(17) }), // at `to`: outside
    aCase({ id: 'c9', createdAt: day(0), status: 'closed', closedAt: day(1), deadlineAt: day(5) }), // before `from`
    aCase({ id: 'c10', jurisdiction: 'bj', createdAt: day(5), deadlineAt: day(6) }), // other jurisdiction
  ];
  const ratings = [
    aRating({ id: 'r1', caseId: 'c1', level: 'satisfied' }),
    aRating({ id: 'r2', caseId: 'c2', level: 'unsatisfied' }),
    aRating({ id: 'r3', caseId: 'c3', level: 'satisfied' }),
    aRating({ id: 'r8', caseId: 'c8', level: 'satisfied' }), // case outside the window
    aRating({ id: 'r9', caseId: 'c9', level: 'unsatisfied' }), // case outside the window
    aRating({ id: 'r10', caseId: 'c10', jurisdiction: 'bj', level: 'satisfied' }),
  ];
  const events = [
    anEvent({ id: 'e1', caseId: 'c1', at: day(2), type: 'submitted' }),
    anEvent({ id: 'e2', caseId: 'c2', at: day(3), type: 'submitted' }),
    anEvent({ id: 'e3', caseId: 'c1', at: day(8), type: 'closed' }),
    anEvent({ id: 'e4', caseId: 'c9', at: day(1), type: 'closed' }), // old case, event inside the window
    anEvent({ id: 'e5', caseId: 'c8', at: day(16), type: 'submitted' }), // at `to`: outside
    anEvent({ id: 'e6', caseId: 'c9', at: day(0), type: 'submitted' }), // before `from`
    anEvent({ id: 'e7', caseId: 'c10', jurisdiction: 'bj', at: day(5), type: 'submitted' }),
    anEvent({ id: 'e8', caseId: 'c2', at: day(12), type: 'closed' }),
  ];
  return [
    ...cases.map((record) => ({ kind: 'case.insert' as const, record })),
    ...ratings.map((record) => ({ kind: 'rating.insert' as const, record })),
    ...events.map((record) => ({ kind: 'event.append' as const, record })),
  ];
}

export function describeSummaryConformance(open: OpenStore): void {
  void describe('case summary', () => {
    const store = freshStorePerTest(open);

    void it('computes the monthly figures of a hand-computed dataset', async () => {
      // given the dataset
      await store().transact(dataset());
      // when summarised for [day 1, day 16) at day 20
      const summary = await store().cases.summary('hz', day(1), day(16), day(20));
      // then: received = created in [from, to); closedOnTime = closedAt <= deadlineAt (closed cases
      // with a deadline); overdueOpen = open with deadlineAt < now; ratings of those cases by level;
      // eventCounts = the jurisdiction's events with `at` in [from, to); byClass leaves out unclassified cases
      const expected: CaseSummary = {
        received: 7,
        open: 3,
        closed: 3,
        refused: 1,
        byClass: { policy: 4, tax: 2 },
        closedOnTime: 1,
        closedLate: 1,
        overdueOpen: 1,
        ratings: { satisfied: 2, unsatisfied: 1 },
        eventCounts: { submitted: 2, closed: 3 },
      };
      assert.deepEqual(summary, expected);
    });

    void it('judges overdue against the given now', async () => {
      await store().transact(dataset());
      // at day 26 c4 (deadline day 25) is overdue too
      assert.equal((await store().cases.summary('hz', day(1), day(16), day(26))).overdueOpen, 2);
    });

    void it('returns zeros and empty maps for a jurisdiction or window without cases', async () => {
      await store().transact(dataset());
      const zero = emptyCaseSummary();
      assert.deepEqual(await store().cases.summary('sh', day(1), day(16), day(20)), zero);
      assert.deepEqual(await store().cases.summary('hz', day(20), day(30), day(30)), zero);
    });
  });
}
