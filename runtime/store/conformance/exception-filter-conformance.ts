import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mutation } from '../mutations.js';
import type { CaseEventRecord, CaseRecord, RatingRecord } from '../records.js';
import type { CaseQuery } from '../store.js';
import { aCase, anEvent, aRating } from './case-fixtures.js';
import { assertPage } from './list-fixture.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

const cases = (records: CaseRecord[]): Mutation[] =>
  records.map((record) => ({ kind: 'case.insert', record }));
const ratings = (records: RatingRecord[]): Mutation[] =>
  records.map((record) => ({ kind: 'rating.insert', record }));
const events = (records: CaseEventRecord[]): Mutation[] =>
  records.map((record) => ({ kind: 'event.append', record }));

/** A closed case created on `created`, answered and closed at the given times. */
const closed = (
  id: string,
  created: number,
  deadlineAt: string | null,
  answeredAt: string | null,
  closedAt: string,
) => aCase({ id, createdAt: day(created), status: 'closed', deadlineAt, answeredAt, closedAt });

/** 异常件 filters of case lists: deadline window, 超期办结, rating levels, event types. */
export function describeExceptionFilterConformance(open: OpenStore): void {
  void describe('case lists: exception filters', () => {
    const store = freshStorePerTest(open);
    const list = (q: Omit<CaseQuery, 'jurisdiction'>) => store().cases.list({ jurisdiction: 'hz', ...q });
    const ids = async (q: Omit<CaseQuery, 'jurisdiction'>) => (await list(q)).items.map((c) => c.id);

    void it('keeps deadlineAt in the half-open range [deadlineFrom, deadlineTo) and drops cases without one', async () => {
      // given deadlines on days 5..8 and a case without a deadline
      const deadlines = [5, 6, 7, 8].map((d) =>
        aCase({ id: `d${d}`, createdAt: day(d - 4), deadlineAt: day(d) }),
      );
      await store().transact(
        cases([...deadlines, aCase({ id: 'none', createdAt: day(9), deadlineAt: null })]),
      );
      // then deadlineFrom is inclusive and deadlineTo exclusive
      const page = await list({ deadlineFrom: day(6), deadlineTo: day(8) });
      assertPage(page, ['d7', 'd6'], 2);
      // and either bound alone still leaves out the case without a deadline
      assert.deepEqual(await ids({ deadlineFrom: day(7) }), ['d8', 'd7']);
      assert.deepEqual(await ids({ deadlineTo: day(6) }), ['d5']);
    });

    void it('lists 预警件: open cases due from now up to the warning horizon', async () => {
      // given now = day 10 10:00 and a horizon of day 13 10:00
      const now = day(10, 10);
      const horizon = day(13, 10);
      await store().transact(
        cases([
          aCase({ id: 'due-now', createdAt: day(1), deadlineAt: now }),
          aCase({ id: 'due-soon', createdAt: day(2), deadlineAt: day(12) }),
          aCase({ id: 'overdue', createdAt: day(3), deadlineAt: day(10, 9, 59) }),
          aCase({ id: 'at-horizon', createdAt: day(4), deadlineAt: horizon }),
          closed('closed-soon', 5, day(12), day(9), day(9)),
        ]),
      );
      // when the open cases due in [now, horizon) are listed
      const warning = await ids({ status: 'open', deadlineFrom: now, deadlineTo: horizon });
      // then only open ones inside the window are warned about
      assert.deepEqual(warning, ['due-soon', 'due-now']);
    });

    void it('lists 超期办结件: closed cases answered (else closed) strictly after their deadline', async () => {
      // given closed, open and refused cases around a day-10 deadline
      await store().transact(
        cases([
          closed('late-answer', 1, day(10), day(11), day(12)),
          closed('answered-in-time', 2, day(10), day(9), day(12)),
          closed('closed-late', 3, day(10), null, day(10, 0, 1)),
          closed('at-deadline', 4, day(10), day(10), day(11)),
          closed('no-deadline', 5, null, null, day(12)),
          aCase({ id: 'open-overdue', createdAt: day(6), deadlineAt: day(5) }),
          aCase({
            id: 'refused',
            createdAt: day(7),
            status: 'refused',
            deadlineAt: day(10),
            closedAt: day(12),
          }),
        ]),
      );
      // then "on time is judged by the answer, not by the later closing" and the deadline itself is on time
      const late = await list({ closedLate: true });
      assertPage(late, ['closed-late', 'late-answer'], 2);
      // and closedLate: false is exactly every other case
      const others = await list({ closedLate: false });
      assertPage(others, ['refused', 'open-overdue', 'no-deadline', 'at-deadline', 'answered-in-time'], 5);
    });

    void it('counts the same late cases as the monthly summary', async () => {
      // given late and on-time cases inside and outside the window [day 1, day 16)
      await store().transact(
        cases([
          closed('in-late', 2, day(5), day(6), day(6)),
          closed('in-on-time', 3, day(5), day(4), day(6)),
          closed('in-late-closed', 4, day(8), null, day(9)),
          closed('out-late', 16, day(20), day(21), day(21)),
        ]),
      );
      // when both are asked for the window
      const summary = await store().cases.summary('hz', day(1), day(16), day(25));
      const listed = await list({ closedLate: true, from: day(1), to: day(16) });
      // then they agree: one rule for 超期办结
      assert.equal(summary.closedLate, 2);
      assert.equal(listed.total, summary.closedLate);
    });

    void it('lists 不满意件: cases rated at one of the given levels, never unrated ones', async () => {
      // given cases rated unsatisfied, basic and satisfied, and one not rated
      await store().transact([
        ...cases([1, 2, 3, 4].map((d) => aCase({ id: `c${d}`, createdAt: day(d) }))),
        ...ratings([
          aRating({ id: 'r1', caseId: 'c1', level: 'unsatisfied' }),
          aRating({ id: 'r2', caseId: 'c2', level: 'basic' }),
          aRating({ id: 'r3', caseId: 'c3', level: 'satisfied' }),
        ]),
      ]);
      // then any listed level matches
      assert.deepEqual(await ids({ ratingLevels: ['unsatisfied', 'basic'] }), ['c2', 'c1']);
      assert.deepEqual(await ids({ ratingLevels: ['unsatisfied'] }), ['c1']);
      assert.deepEqual(await ids({ ratingLevels: ['no-such-level'] }), []);
      assert.equal((await list({ ratingLevels: ['unsatisfied', 'basic', 'satisfied'] })).total, 3);
    });

    void it('matches no case for an empty ratingLevels list, unlike an absent one', async () => {
      // given a rated and an unrated case
      await store().transact([
        ...cases([aCase({ id: 'rated', createdAt: day(1) }), aCase({ id: 'unrated', createdAt: day(2) })]),
        ...ratings([aRating({ caseId: 'rated', level: 'unsatisfied' })]),
      ]);
      // then [] narrows to nothing and undefined does not filter
      const empty = await list({ ratingLevels: [] });
      assert.deepEqual(empty, { items: [], total: 0 });
      assert.equal((await list({})).total, 2);
    });

    void it('lists 二次交办件 / 领导批示件: cases with at least one event of the type, each once', async () => {
      // given a case reopened twice, one instructed by a leader and one with neither
      await store().transact([
        ...cases([1, 2, 3].map((d) => aCase({ id: `c${d}`, createdAt: day(d) }))),
        ...events([
          anEvent({ id: 'e1', caseId: 'c1', type: 'reopened', at: day(4) }),
          anEvent({ id: 'e2', caseId: 'c1', type: 'reopened', at: day(6) }),
          anEvent({ id: 'e3', caseId: 'c2', type: 'leader-instruction', at: day(5) }),
          anEvent({ id: 'e4', caseId: 'c3', type: 'submitted', at: day(3) }),
        ]),
      ]);
      // then the twice-reopened case is listed and counted once
      const reopened = await list({ withEventType: 'reopened' });
      assertPage(reopened, ['c1'], 1);
      assert.deepEqual(await ids({ withEventType: 'leader-instruction' }), ['c2']);
      assert.deepEqual(await ids({ withEventType: 'never-happened' }), []);
    });

    void it('combines the new filters with the existing ones as an intersection', async () => {
      // given cases that each miss exactly one of the conditions, and one that meets them all
      const late = (id: string, created: number, overrides: Partial<CaseRecord> = {}) => ({
        ...closed(id, created, day(10), day(12), day(12)),
        ...overrides,
      });
      await store().transact([
        ...cases([
          late('all', 3),
          late('on-time', 4, { answeredAt: day(9) }),
          late('not-reopened', 5),
          late('rated-well', 6),
          late('other-class', 7, { requestClass: 'tax' }),
          late('before-window', 1),
        ]),
        ...ratings(
          ['all', 'on-time', 'not-reopened', 'other-class', 'before-window'].map((caseId) =>
            aRating({ id: `r-${caseId}`, caseId, level: 'unsatisfied' }),
          ),
        ),
        ...ratings([aRating({ id: 'r-rated-well', caseId: 'rated-well', level: 'satisfied' })]),
        ...events(
          ['all', 'on-time', 'rated-well', 'other-class', 'before-window'].map((caseId) =>
            anEvent({ id: `e-${caseId}`, caseId, type: 'reopened' }),
          ),
        ),
      ]);
      // when every filter is given at once
      const page = await list({
        closedLate: true,
        ratingLevels: ['unsatisfied'],
        withEventType: 'reopened',
        requestClass: 'policy',
        from: day(2),
        deadlineFrom: day(10),
        deadlineTo: day(11),
      });
      // then only the case meeting all of them is left
      assertPage(page, ['all'], 1);
    });

    void it('keeps newest-first order and paging under the new filters', async () => {
      // given five reopened cases and one that was not
      await store().transact([
        ...cases([1, 2, 3, 4, 5, 6].map((d) => aCase({ id: `d${d}`, createdAt: day(d) }))),
        ...events([1, 2, 3, 4, 5].map((d) => anEvent({ id: `e${d}`, caseId: `d${d}`, type: 'reopened' }))),
      ]);
      // when the second page of two is requested
      const page = await list({ withEventType: 'reopened', limit: 2, offset: 2 });
      // then order and total are those of the filtered list
      assertPage(page, ['d3', 'd2'], 5);
    });

    void it("never lists another jurisdiction's case, however well it matches", async () => {
      // given a case in bj that meets every filter, with its rating and event
      await store().transact([
        ...cases(
          [closed('bj-case', 3, day(10), day(12), day(12))].map((c) => ({ ...c, jurisdiction: 'bj' })),
        ),
        ...ratings([aRating({ caseId: 'bj-case', jurisdiction: 'bj', level: 'unsatisfied' })]),
        ...events([anEvent({ caseId: 'bj-case', jurisdiction: 'bj', type: 'reopened' })]),
      ]);
      // then hz sees nothing under any filter, and bj sees its case
      for (const q of [
        { closedLate: true },
        { ratingLevels: ['unsatisfied'] },
        { withEventType: 'reopened' },
        { deadlineFrom: day(1), deadlineTo: day(20) },
      ]) {
        assert.deepEqual(await list(q), { items: [], total: 0 });
        assert.equal((await store().cases.list({ jurisdiction: 'bj', ...q })).total, 1);
      }
    });
  });
}
