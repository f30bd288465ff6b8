import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { VisitQuery } from '../store.js';
import { aCase } from './case-fixtures.js';
import { aSupervisionOrder } from './supervision-fixtures.js';
import { assertPage, writesOf } from './list-fixture.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';
import { aVisit } from './visit-fixtures.js';

const insert = writesOf('visit.insert');

/** Logged service visits: "same id = no-op", lists newest first, per-staff counts computed in the store. */
export function describeVisitConformance(open: OpenStore): void {
  void describe('service visits', () => {
    const store = freshStorePerTest(open);
    const ids = async (q: Omit<VisitQuery, 'jurisdiction'>) =>
      (await store().visits.list({ jurisdiction: 'hz', ...q })).items.map((v) => v.id);

    void it("lists a jurisdiction's visits newest first, exactly as written, with the total", async () => {
      // given two visits here (one raised a case) and one elsewhere
      const first = aVisit({ id: 'v1', at: day(2) });
      const second = aVisit({ id: 'v2', at: day(3), items: [], caseId: 'case-1', kind: 'four-five' });
      await store().transact(insert([first, aVisit({ id: 'bj', jurisdiction: 'bj', at: day(4) }), second]));
      // then items and the optional case read back identically
      const page = await store().visits.list({ jurisdiction: 'hz' });
      assert.deepEqual(page.items, [second, first]);
      assert.equal(page.total, 2);
    });

    void it('ignores a replayed insert of an existing visit id', async () => {
      // given a visit, when the insert is replayed with other content
      await store().transact(insert([aVisit()]));
      await store().transact(insert([aVisit({ notes: 'replayed', items: ['x'] })]));
      // then the original is kept, once
      assert.deepEqual((await store().visits.list({ jurisdiction: 'hz' })).items, [aVisit()]);
    });

    void it('filters by enterprise, staff member and kind', async () => {
      // given visits differing in one attribute each
      await store().transact(
        insert([
          aVisit({ id: 'base', at: day(1) }),
          aVisit({ id: 'other-ent', enterpriseId: 'ent-2', at: day(2) }),
          aVisit({ id: 'other-staff', staffId: 'staff-2', at: day(3) }),
          aVisit({ id: 'policy-push', kind: 'policy-push', at: day(4) }),
        ]),
      );
      // then each filter narrows to its matches
      assert.deepEqual(await ids({ enterpriseId: 'ent-2' }), ['other-ent']);
      assert.deepEqual(await ids({ staffId: 'staff-2' }), ['other-staff']);
      assert.deepEqual(await ids({ kind: 'policy-push' }), ['policy-push']);
      assert.deepEqual(await ids({ enterpriseId: 'ent-1', staffId: 'staff-1', kind: 'pairing' }), ['base']);
    });

    void it('restricts at to the half-open range [from, to)', async () => {
      // given visits on days 1..4
      await store().transact(insert([1, 2, 3, 4].map((d) => aVisit({ id: `d${d}`, at: day(d) }))));
      // then from is inclusive and to exclusive
      const page = await store().visits.list({ jurisdiction: 'hz', from: day(2), to: day(4) });
      assertPage(page, ['d3', 'd2'], 2);
    });

    void it('pages with limit and offset while total counts every match', async () => {
      // given five visits
      await store().transact(insert([1, 2, 3, 4, 5].map((d) => aVisit({ id: `d${d}`, at: day(d) }))));
      // when the second page of two is requested
      const page = await store().visits.list({ jurisdiction: 'hz', limit: 2, offset: 2 });
      // then
      assertPage(page, ['d3', 'd2'], 5);
      assert.deepEqual(await ids({ limit: 2, offset: 10 }), []);
    });

    void it('counts visits and distinct enterprises per staff member and kind, by staff then kind', async () => {
      // given staff-1 visiting ent-1 twice and ent-2 once for pairing, and once for a policy push;
      // staff-2 visiting ent-1 once
      await store().transact(
        insert([
          aVisit({ id: 'a', staffId: 'staff-1', enterpriseId: 'ent-1', at: day(2) }),
          aVisit({ id: 'b', staffId: 'staff-1', enterpriseId: 'ent-1', at: day(3) }),
          aVisit({ id: 'c', staffId: 'staff-1', enterpriseId: 'ent-2', at: day(4) }),
          aVisit({ id: 'd', staffId: 'staff-1', enterpriseId: 'ent-3', kind: 'policy-push', at: day(5) }),
          aVisit({ id: 'e', staffId: 'staff-2', enterpriseId: 'ent-1', at: day(6) }),
        ]),
      );
      // then ("enterprises = distinct enterprises visited")
      assert.deepEqual(await store().visits.countsByStaff('hz', day(1), day(31)), [
        { staffId: 'staff-1', kind: 'pairing', visits: 3, enterprises: 2 },
        { staffId: 'staff-1', kind: 'policy-push', visits: 1, enterprises: 1 },
        { staffId: 'staff-2', kind: 'pairing', visits: 1, enterprises: 1 },
      ]);
    });

    void it('counts only the jurisdiction and the half-open window [from, to)', async () => {
      // given visits on the window's edges and one in another jurisdiction
      await store().transact(
        insert([
          aVisit({ id: 'before', at: day(1, 23, 59) }),
          aVisit({ id: 'first', at: day(2) }),
          aVisit({ id: 'last', at: day(4, 23, 59), enterpriseId: 'ent-2' }),
          aVisit({ id: 'at-end', at: day(5) }),
          aVisit({ id: 'bj', jurisdiction: 'bj', at: day(3) }),
        ]),
      );
      // then
      assert.deepEqual(await store().visits.countsByStaff('hz', day(2), day(5)), [
        { staffId: 'staff-1', kind: 'pairing', visits: 2, enterprises: 2 },
      ]);
      assert.deepEqual(await store().visits.countsByStaff('hz', day(10), day(20)), []);
      assert.deepEqual(await store().visits.countsByStaff('sh', day(1), day(31)), []);
    });

    void it('rolls back a visit and an order update when a later mutation of the batch fails', async () => {
      // given an open order
      await store().transact([{ kind: 'supervision.insert', record: aSupervisionOrder() }]);
      // when a batch logs a visit, answers the order, then updates a missing case
      const batch = [
        { kind: 'visit.insert' as const, record: aVisit() },
        { kind: 'supervision.update' as const, id: 'sup-1', patch: { status: 'answered' as const } },
        { kind: 'case.update' as const, id: aCase().id, patch: { title: 'x' } },
      ];
      await assert.rejects(store().transact(batch), domainError('NotFoundError', 'not_found'));
      // then no visit was logged and the order is still open
      assert.deepEqual(await store().visits.countsByStaff('hz', day(1), day(31)), []);
      assert.deepEqual(await store().supervision.get('sup-1'), aSupervisionOrder());
    });
  });
}
