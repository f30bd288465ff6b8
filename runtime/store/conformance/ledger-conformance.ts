import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mutation } from '../mutations.js';
import type { CaseRecord } from '../records.js';
import { aCase, aRating, aTask, handledBy } from './case-fixtures.js';
import { writesOf } from './list-fixture.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

const insert = writesOf('case.insert');
const numberOf = (caseId: string, year = 2026): Mutation => ({
  kind: 'case.number',
  caseId,
  jurisdiction: 'hz',
  prefix: 'HZ',
  year,
});
const unit = handledBy;

/** 案件编号 (mutation `case.number`), the 台账's filters, keyset pages, facts, saved queries and 已办. */
export function describeLedgerConformance(open: OpenStore): void {
  void describe('case numbers and the ledger', () => {
    const store = freshStorePerTest(open);
    const ids = (page: { items: CaseRecord[] }) => page.items.map((c) => c.id);
    const numberOfCase = async (id: string) => (await store().cases.get(id))?.caseNumber;

    void it('numbers cases per jurisdiction and year, once, never reusing a number', async () => {
      // given three cases numbered in two transactions and one in the next year
      await store().transact([
        ...insert([aCase({ id: 'a' }), aCase({ id: 'b' })]),
        numberOf('a'),
        numberOf('b'),
      ]);
      await store().transact([
        ...insert([aCase({ id: 'c' }), aCase({ id: 'd' })]),
        numberOf('c'),
        numberOf('d', 2027),
      ]);
      // when a number is asked for again (a replayed step)
      await store().transact([numberOf('a')]);
      // then each has its own consecutive number, the replay changed nothing, 2027 starts at 1
      assert.deepEqual(await Promise.all(['a', 'b', 'c', 'd'].map(numberOfCase)), [
        'HZ-2026-000001',
        'HZ-2026-000002',
        'HZ-2026-000003',
        'HZ-2027-000001',
      ]);
    });

    void it('rolls the counter back with a failed batch: no gap', async () => {
      await store().transact([...insert([aCase({ id: 'a' })]), numberOf('a')]);
      // given a batch that numbers a case and then fails
      await assert.rejects(
        store().transact([
          ...insert([aCase({ id: 'b' })]),
          numberOf('b'),
          { kind: 'case.update', id: 'missing', patch: { title: 'x' } },
        ]),
      );
      // then the next case gets the next number
      await store().transact([...insert([aCase({ id: 'c' })]), numberOf('c')]);
      assert.equal(await numberOfCase('c'), 'HZ-2026-000002');
    });

    void it('filters by number prefix, channel, tier, enterprises, units, unnumbered and overdue', async () => {
      await store().transact([
        ...insert([
          aCase({ id: 'a', createdAt: day(1), channel: 'hotline', deadlineAt: day(3) }),
          aCase({ id: 'b', createdAt: day(2), tier: 'city', enterpriseId: 'ent-2', deadlineAt: day(20) }),
          aCase({ id: 'c', createdAt: day(3), status: 'closed', deadlineAt: day(4), closedAt: day(5) }),
          aCase({ id: 'd', createdAt: day(4), deadlineAt: null }),
        ]),
        numberOf('a'),
        numberOf('b'),
        numberOf('c'),
        unit('b', 'unit-1'),
        unit('c', 'unit-2'),
      ]);
      const list = async (q: object) => ids(await store().cases.list({ jurisdiction: 'hz', ...q }));
      assert.deepEqual(await list({ caseNumberPrefix: 'HZ-2026-000002' }), ['b']);
      assert.deepEqual(await list({ caseNumberPrefix: 'HZ-2026' }), ['c', 'b', 'a']);
      assert.deepEqual(await list({ unnumbered: true }), ['d']);
      assert.deepEqual(await list({ channel: 'hotline' }), ['a']);
      assert.deepEqual(await list({ tier: 'city' }), ['b']);
      assert.deepEqual(await list({ enterpriseIds: ['ent-2'] }), ['b']);
      assert.deepEqual(await list({ enterpriseIds: [] }), []);
      assert.deepEqual(await list({ orgUnitIds: ['unit-1', 'unit-2'] }), ['c', 'b']);
      const byUnits = { jurisdiction: 'hz', orgUnitIds: ['unit-1', 'unit-2'] };
      assert.equal((await store().cases.list(byUnits)).total, 2);
      assert.equal((await store().cases.list({ ...byUnits, countLimit: 1 })).total, 1);
      assert.equal((await store().cases.list({ jurisdiction: 'other', orgUnitIds: ['unit-1'] })).total, 0);
      // 超期 at day 10: a is open past its deadline, c closed after it; b, d are not
      assert.deepEqual(await list({ overdue: true, overdueAt: day(10) }), ['c', 'a']);
      assert.deepEqual(await list({ overdue: false, overdueAt: day(10) }), ['d', 'b']);
    });

    void it('follows escalations, status changes, unit moves and ratings in unit, rating and combined filters', async () => {
      // given four cases of unit-1 (c and d created at the same instant), one of unit-2
      await store().transact([
        ...insert([
          aCase({ id: 'a', createdAt: day(1), channel: 'hotline', deadlineAt: day(3) }),
          aCase({ id: 'b', createdAt: day(2), deadlineAt: day(20) }),
          aCase({ id: 'c', createdAt: day(3) }),
          aCase({ id: 'd', createdAt: day(3) }),
          aCase({ id: 'e', createdAt: day(4) }),
        ]),
        ...['a', 'b', 'c', 'd'].map((id) => unit(id, 'unit-1')),
        unit('e', 'unit-2'),
      ]);
      // when a is closed late, b escalated to 市, e moved to unit-1 and c, e rated
      await store().transact([
        { kind: 'case.update', id: 'a', patch: { status: 'closed', closedAt: day(5) } },
        { kind: 'case.update', id: 'b', patch: { tier: 'city' } },
        unit('e', 'unit-1'),
        { kind: 'rating.insert', record: aRating({ id: 'rc', caseId: 'c', level: 'unsatisfied' }) },
        { kind: 'rating.insert', record: aRating({ id: 're', caseId: 'e', level: 'satisfied' }) },
      ]);
      const list = async (q: object) => ids(await store().cases.list({ jurisdiction: 'hz', ...q }));
      // then every filter reads the cases as they are now, ties by id, in either order
      const one = { orgUnitIds: ['unit-1'] };
      assert.deepEqual(await list(one), ['e', 'd', 'c', 'b', 'a']);
      assert.deepEqual(await list({ ...one, order: 'oldest' }), ['a', 'b', 'c', 'd', 'e']);
      assert.deepEqual(await list({ ...one, after: { createdAt: day(3), id: 'd' }, limit: 2 }), ['c', 'b']);
      assert.deepEqual(await list({ ...one, offset: 1, limit: 2 }), ['d', 'c']);
      assert.deepEqual(await list({ orgUnitIds: ['unit-2'] }), []);
      assert.deepEqual(await list({ ...one, ratingLevels: ['unsatisfied'] }), ['c']);
      assert.deepEqual(await list({ ...one, tier: 'city' }), ['b']);
      assert.deepEqual(await list({ ...one, channel: 'hotline', to: day(2) }), ['a']);
      assert.deepEqual(await list({ ...one, overdue: true, overdueAt: day(10) }), ['a']);
      assert.deepEqual(await list({ ratingLevels: ['satisfied'], from: day(4) }), ['e']);
      const combination = { requestClass: 'policy', channel: 'web', tier: 'district' };
      assert.deepEqual(await list({ ...combination, status: 'open' }), ['e', 'd', 'c']);
      assert.deepEqual(await list({ ...combination, status: 'closed' }), []);
      assert.deepEqual(await list({ ...combination, tier: 'city', status: 'open' }), ['b']);
    });

    void it('pages by keyset in either order, the total counting every match', async () => {
      await store().transact(insert([1, 2, 3, 4, 5].map((n) => aCase({ id: `c${n}`, createdAt: day(n) }))));
      const newest = await store().cases.list({
        jurisdiction: 'hz',
        limit: 2,
        after: { createdAt: day(4), id: 'c4' },
      });
      assert.deepEqual(ids(newest), ['c3', 'c2']);
      assert.equal(newest.total, 5);
      const oldest = await store().cases.list({
        jurisdiction: 'hz',
        order: 'oldest',
        limit: 2,
        after: { createdAt: day(2), id: 'c2' },
      });
      assert.deepEqual(ids(oldest), ['c3', 'c4']);
    });

    void it('counts matches only up to countLimit, on the first page and on keyset pages', async () => {
      // given five cases
      await store().transact(insert([1, 2, 3, 4, 5].map((n) => aCase({ id: `c${n}`, createdAt: day(n) }))));
      const list = (q: object) => store().cases.list({ jurisdiction: 'hz', limit: 2, ...q });
      // when the count stops at 3, then at 10
      const capped = await list({ countLimit: 3 });
      const keyset = await list({ countLimit: 3, after: { createdAt: day(5), id: 'c5' } });
      const uncapped = await list({ countLimit: 10 });
      // then the total is the smaller of the cap and the matches; the page is unchanged
      assert.deepEqual([capped.total, keyset.total, uncapped.total], [3, 3, 5]);
      assert.deepEqual(ids(capped), ['c5', 'c4']);
      assert.deepEqual(ids(keyset), ['c4', 'c3']);
      // and an offset past the cap still finds its page
      assert.deepEqual(ids(await list({ countLimit: 3, offset: 4 })), ['c1']);
    });

    void it('reads the handling unit and rating level of cases in one batch', async () => {
      await store().transact([
        ...insert([aCase({ id: 'a' }), aCase({ id: 'b' })]),
        unit('a', 'unit-1'),
        { kind: 'rating.insert', record: aRating({ id: 'r', caseId: 'a', level: 'satisfied' }) },
      ]);
      const facts = await store().cases.ledgerFacts(['a', 'b']);
      assert.deepEqual(facts['a'], { orgUnitId: 'unit-1', ratingLevel: 'satisfied' });
      assert.deepEqual(facts['b'], { orgUnitId: null, ratingLevel: null });
    });

    void it('keeps saved queries per user; a user deletes only its own', async () => {
      const saved = (id: string, userId: string, createdAt: string): Mutation => ({
        kind: 'savedQuery.insert',
        record: { id, userId, jurisdiction: 'hz', name: id, query: { status: 'open' }, createdAt },
      });
      await store().transact([
        saved('q2', 'u1', day(2)),
        saved('q1', 'u1', day(1)),
        saved('q3', 'u2', day(1)),
      ]);
      await store().transact([{ kind: 'savedQuery.delete', id: 'q3', userId: 'u1' }]);
      await store().transact([{ kind: 'savedQuery.delete', id: 'q2', userId: 'u1' }]);
      assert.deepEqual(
        (await store().savedQueries.listForUser('u1', 'hz')).map((q) => [q.id, q.query]),
        [['q1', { status: 'open' }]],
      );
      assert.equal((await store().savedQueries.listForUser('u2', 'hz')).length, 1);
    });

    void it('lists the tasks a user completed, latest first (已办)', async () => {
      const done = (id: string, completedAt: string, completedBy = 'u1') =>
        aTask({ id, status: 'completed', completedAt, completedBy });
      await store().transact([
        ...insert([aCase()]),
        ...writesOf('task.insert')([
          done('t1', day(1)),
          done('t2', day(3)),
          done('t3', day(2), 'u2'),
          aTask({ id: 't4' }),
        ]),
      ]);
      const page = await store().tasks.list({ jurisdiction: 'hz', completedBy: 'u1', sort: '-completed' });
      assert.deepEqual(
        page.items.map((t) => t.id),
        ['t2', 't1'],
      );
    });
  });
}
