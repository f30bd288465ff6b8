import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SupervisionQuery } from '../store.js';
import { aSupervisionOrder } from './supervision-fixtures.js';
import { assertPage, writesOf } from './list-fixture.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';
import { aVisit } from './visit-fixtures.js';

const insert = writesOf('supervision.insert');

/** 督办单 / 领导批示: "same id again = no-op", updates need an existing order, lists newest first. */
export function describeSupervisionConformance(open: OpenStore): void {
  void describe('supervision orders', () => {
    const store = freshStorePerTest(open);
    const ids = async (q: Omit<SupervisionQuery, 'jurisdiction'>) =>
      (await store().supervision.list({ jurisdiction: 'hz', ...q })).items.map((o) => o.id);

    void it('returns an inserted order exactly as written, and null for an unknown id', async () => {
      // given an open supervision order and an answered leader instruction
      const order = aSupervisionOrder();
      const instruction = aSupervisionOrder({
        id: 'sup-2',
        kind: 'leader-instruction',
        status: 'answered',
        answeredAt: day(4),
        answeredBy: 'staff-1',
        answer: '已协调供电公司，下周通电',
      });
      // when inserted
      await store().transact(insert([order, instruction]));
      // then each reads back identically
      assert.deepEqual(await store().supervision.get('sup-1'), order);
      assert.deepEqual(await store().supervision.get('sup-2'), instruction);
      assert.equal(await store().supervision.get('nope'), null);
    });

    void it('ignores a replayed insert of an existing order id', async () => {
      // given an order, when the insert is replayed with other content
      await store().transact(insert([aSupervisionOrder()]));
      await store().transact(insert([aSupervisionOrder({ instruction: 'replayed', status: 'withdrawn' })]));
      // then the original is kept
      assert.deepEqual(await store().supervision.get('sup-1'), aSupervisionOrder());
    });

    void it('answers an order by changing only the patched fields, and can set them back to null', async () => {
      // given an open order
      await store().transact(insert([aSupervisionOrder()]));
      // when it is answered
      const answer = {
        status: 'answered' as const,
        answeredAt: day(5),
        answeredBy: 'staff-1',
        answer: '已办结',
      };
      await store().transact([{ kind: 'supervision.update', id: 'sup-1', patch: answer }]);
      // then those fields change and everything else stays
      assert.deepEqual(await store().supervision.get('sup-1'), { ...aSupervisionOrder(), ...answer });
      // when the answer is rejected: reopened with a later deadline and the answer cleared
      const reopen = {
        status: 'open' as const,
        dueAt: day(9),
        answeredAt: null,
        answeredBy: null,
        answer: null,
      };
      await store().transact([{ kind: 'supervision.update', id: 'sup-1', patch: reopen }]);
      // then it is open again with only the deadline moved
      assert.deepEqual(await store().supervision.get('sup-1'), aSupervisionOrder({ dueAt: day(9) }));
    });

    void it('throws NotFoundError when updating an order that does not exist', async () => {
      await assert.rejects(
        store().transact([{ kind: 'supervision.update', id: 'missing', patch: { status: 'withdrawn' } }]),
        domainError('NotFoundError', 'not_found'),
      );
      await assert.rejects(
        store().transact([{ kind: 'supervision.update', id: 'missing', patch: {} }]),
        domainError('NotFoundError', 'not_found'),
      );
    });

    void it("lists one case's orders oldest issued first, without other cases' orders", async () => {
      // given orders of two cases inserted out of order
      const late = aSupervisionOrder({ id: 'sup-late', issuedAt: day(8) });
      const early = aSupervisionOrder({ id: 'sup-early', issuedAt: day(2) });
      const other = aSupervisionOrder({ id: 'sup-other', caseId: 'case-2', issuedAt: day(1) });
      await store().transact(insert([late, other, early]));
      // then
      assert.deepEqual(await store().supervision.forCase('case-1'), [early, late]);
      assert.deepEqual(await store().supervision.forCase('case-2'), [other]);
      assert.deepEqual(await store().supervision.forCase('none'), []);
    });

    void it("lists a jurisdiction's orders newest first with the total", async () => {
      // given three orders here and one elsewhere
      await store().transact(
        insert([
          aSupervisionOrder({ id: 'a', issuedAt: day(1) }),
          aSupervisionOrder({ id: 'c', issuedAt: day(3) }),
          aSupervisionOrder({ id: 'b', issuedAt: day(2) }),
          aSupervisionOrder({ id: 'x', jurisdiction: 'bj', issuedAt: day(4) }),
        ]),
      );
      // then
      const page = await store().supervision.list({ jurisdiction: 'hz' });
      assertPage(page, ['c', 'b', 'a'], 3);
    });

    void it('filters by status, kind and target groups (an empty group list matches none)', async () => {
      // given orders differing in one attribute each
      await store().transact(
        insert([
          aSupervisionOrder({ id: 'base', issuedAt: day(1) }),
          aSupervisionOrder({ id: 'answered', status: 'answered', issuedAt: day(2) }),
          aSupervisionOrder({ id: 'leader', kind: 'leader-instruction', issuedAt: day(3) }),
          aSupervisionOrder({ id: 'tax', targetGroup: 'tax', issuedAt: day(4) }),
          aSupervisionOrder({ id: 'legal', targetGroup: 'legal', issuedAt: day(5) }),
        ]),
      );
      // then each filter narrows to its matches
      assert.deepEqual(await ids({ status: 'answered' }), ['answered']);
      assert.deepEqual(await ids({ kind: 'leader-instruction' }), ['leader']);
      assert.deepEqual(await ids({ targetGroups: ['tax', 'legal', 'nobody'] }), ['legal', 'tax']);
      assert.deepEqual(await ids({ targetGroups: [] }), []);
      assert.deepEqual(await ids({ status: 'open', kind: 'supervision', targetGroups: ['policy'] }), [
        'base',
      ]);
    });

    void it('finds overdue orders: open with dueAt strictly before overdueAt', async () => {
      // given orders due on days 4..6, one answered and one withdrawn though long past due
      await store().transact(
        insert([
          aSupervisionOrder({ id: 'due-4', dueAt: day(4), issuedAt: day(1) }),
          aSupervisionOrder({ id: 'due-5', dueAt: day(5), issuedAt: day(2) }),
          aSupervisionOrder({ id: 'due-6', dueAt: day(6), issuedAt: day(3) }),
          aSupervisionOrder({ id: 'answered', dueAt: day(2), status: 'answered', answer: 'ok' }),
          aSupervisionOrder({ id: 'withdrawn', dueAt: day(2), status: 'withdrawn' }),
          aSupervisionOrder({ id: 'bj', jurisdiction: 'bj', dueAt: day(1) }),
        ]),
      );
      // when asked at day 5 ("open with dueAt < overdueAt")
      const page = await store().supervision.list({ jurisdiction: 'hz', overdueAt: day(5) });
      // then only the open order due before day 5 is overdue
      assertPage(page, ['due-4'], 1);
      assert.deepEqual(await ids({ overdueAt: day(6), targetGroups: ['policy'] }), ['due-5', 'due-4']);
      assert.deepEqual(await ids({ overdueAt: day(9), status: 'answered' }), []);
    });

    void it('pages with limit and offset while total counts every match', async () => {
      // given five orders
      await store().transact(
        insert([1, 2, 3, 4, 5].map((d) => aSupervisionOrder({ id: `d${d}`, issuedAt: day(d) }))),
      );
      // when the second page of two is requested
      const page = await store().supervision.list({ jurisdiction: 'hz', limit: 2, offset: 2 });
      // then
      assertPage(page, ['d3', 'd2'], 5);
      assert.deepEqual(await ids({ limit: 2, offset: 10 }), []);
    });

    void it('writes nothing of a batch whose last mutation updates a missing order', async () => {
      // given a batch: an order, a visit, then an update of an order that does not exist
      const batch = [
        { kind: 'supervision.insert' as const, record: aSupervisionOrder() },
        { kind: 'visit.insert' as const, record: aVisit() },
        { kind: 'supervision.update' as const, id: 'missing', patch: { status: 'answered' as const } },
      ];
      // when it is applied, then it fails and nothing of it is visible ("all or nothing")
      await assert.rejects(store().transact(batch), domainError('NotFoundError', 'not_found'));
      assert.equal(await store().supervision.get('sup-1'), null);
      assert.equal((await store().visits.list({ jurisdiction: 'hz' })).total, 0);
    });
  });
}
