import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CalendarDay } from '../store.js';
import { emptyUnitKpi } from '../unit-kpi.js';
import { aCase, anEvent, aRating, handledBy } from './case-fixtures.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

/** March 2026, Monday to Friday working (no holiday falls in March). */
function march(): CalendarDay[] {
  return Array.from({ length: 31 }, (_, i) => {
    const date = new Date(Date.UTC(2026, 2, i + 1));
    return { date: date.toISOString().slice(0, 10), working: date.getUTCDay() % 6 !== 0 };
  });
}

const unit = handledBy;

export function describeKpiConformance(open: OpenStore): void {
  void describe('KPI per handling unit', () => {
    const store = freshStorePerTest(open);
    /** The March KPI computed on 20 March, Beijing time (UTC+8). */
    const marchKpi = () =>
      store().cases.kpiByUnit({
        jurisdiction: 'hz',
        from: '2026-02-28T16:00:00.000Z',
        to: '2026-03-31T16:00:00.000Z',
        now: day(20),
        utcOffsetMinutes: 480,
        days: march(),
      });

    void it('aggregates the month per unit: counts, on time, handling working days, ratings, reopen, urging, escalation by tier', async () => {
      // given cases of March in two units, one without a unit, one of April and one elsewhere
      const closed = { status: 'closed' as const, deadlineAt: day(10), closedAt: day(13) };
      await store().transact([
        {
          kind: 'case.insert',
          record: aCase({ id: 'c1', ...closed, createdAt: day(2, 1), answeredAt: day(4, 2) }),
        },
        // received 20:00 UTC = 04:00 on 3 March Beijing: counting starts from 3 March
        {
          kind: 'case.insert',
          record: aCase({ id: 'c2', ...closed, createdAt: day(2, 20), answeredAt: day(12, 2) }),
        },
        { kind: 'case.insert', record: aCase({ id: 'c3', createdAt: day(3), deadlineAt: day(5) }) },
        { kind: 'case.insert', record: aCase({ id: 'c4', status: 'refused', createdAt: day(4) }) },
        { kind: 'case.insert', record: aCase({ id: 'c5', createdAt: '2026-04-01T00:00:00.000Z' }) },
        { kind: 'case.insert', record: aCase({ id: 'c6', jurisdiction: 'bj', createdAt: day(4) }) },
        unit('c1', 'ou-1'),
        unit('c2', 'ou-2'),
        unit('c2', 'ou-1'), // moved: the last unit to work the case counts
        unit('c3', 'ou-2'),
        { kind: 'rating.insert', record: aRating({ id: 'r1', caseId: 'c1', level: 'satisfied' }) },
        { kind: 'rating.insert', record: aRating({ id: 'r2', caseId: 'c2', level: 'unsatisfied' }) },
        { kind: 'event.append', record: anEvent({ id: 'e1', caseId: 'c2', type: 'reopened', at: day(13) }) },
        { kind: 'event.append', record: anEvent({ id: 'e2', caseId: 'c3', type: 'urged', at: day(6) }) },
        { kind: 'event.append', record: anEvent({ id: 'e3', caseId: 'c3', type: 'urged', at: day(9) }) },
        {
          kind: 'event.append',
          record: anEvent({ id: 'e4', caseId: 'c3', type: 'urged', at: '2026-04-02T00:00:00.000Z' }),
        },
        {
          kind: 'event.append',
          record: anEvent({
            id: 'e5',
            caseId: 'c3',
            type: 'escalated',
            at: day(10),
            data: { from: 'district', to: 'city' },
          }),
        },
      ]);
      // when the March KPI is computed on 20 March, Beijing time
      const kpi = await marchKpi();
      // then
      const zero = emptyUnitKpi(null);
      assert.deepEqual(kpi, [
        { ...zero, orgUnitId: null, received: 1, refused: 1 },
        {
          ...zero,
          orgUnitId: 'ou-1',
          received: 2,
          closed: 2,
          closedOnTime: 1,
          closedLate: 1,
          // c1: 2 Mar -> 4 Mar = 2 working days; c2: 3 Mar -> 12 Mar = 7 working days
          handlingDays: { '2': 1, '7': 1 },
          ratings: { satisfied: 1, unsatisfied: 1 },
          reopened: 1,
        },
        {
          ...zero,
          orgUnitId: 'ou-2',
          received: 1,
          open: 1,
          overdueOpen: 1,
          urgings: 2,
          escalationsByTier: { district: 1 },
        },
      ]);
    });

    void it('follows later writes: answered and closed, moved unit, re-rated in a later round, reopened', async () => {
      // given a case received on 2 March, first worked by ou-1
      await store().transact([
        { kind: 'case.insert', record: aCase({ id: 'c1', createdAt: day(2, 1), deadlineAt: day(10) }) },
        unit('c1', 'ou-1'),
      ]);
      // when it is answered late by ou-2, rated, reopened and rated again in the next round
      await store().transact([unit('c1', 'ou-2')]);
      await store().transact([
        {
          kind: 'case.update',
          id: 'c1',
          patch: { status: 'closed', answeredAt: day(11, 2), closedAt: day(12) },
        },
        { kind: 'rating.insert', record: aRating({ id: 'r1', caseId: 'c1', level: 'unsatisfied' }) },
      ]);
      await store().transact([
        { kind: 'event.append', record: anEvent({ id: 'e1', caseId: 'c1', type: 'reopened', at: day(13) }) },
      ]);
      await store().transact([
        { kind: 'rating.insert', record: aRating({ id: 'r2', caseId: 'c1', level: 'satisfied', round: 1 }) },
      ]);
      const kpi = await marchKpi();
      // then the report sees the latest of each: ou-2, closed late after 7 working days, satisfied, reopened
      assert.equal(kpi.length, 1);
      assert.deepEqual(
        { ...kpi[0] },
        {
          orgUnitId: 'ou-2',
          received: 1,
          open: 0,
          closed: 1,
          refused: 0,
          closedOnTime: 0,
          closedLate: 1,
          overdueOpen: 0,
          handlingDays: { '7': 1 },
          responseDays: {},
          ratings: { satisfied: 1 },
          unrated: 0,
          reopened: 1,
          urgings: 0,
          escalationsByTier: {},
        },
      );
    });

    void it('measures response (first claim or completion by staff) and counts closed cases without a rating as unrated', async () => {
      // given three cases received on Monday 2 March: one claimed the same day and completed later,
      // one first worked on Thursday 5 March (a task completed without a claim), one never taken up
      const closed = { status: 'closed' as const, answeredAt: day(6), closedAt: day(9) };
      await store().transact([
        { kind: 'case.insert', record: aCase({ id: 'c1', createdAt: day(2, 1), ...closed }) },
        { kind: 'case.insert', record: aCase({ id: 'c2', createdAt: day(2, 1), ...closed }) },
        { kind: 'case.insert', record: aCase({ id: 'c3', createdAt: day(2, 1) }) },
        {
          kind: 'event.append',
          record: anEvent({ id: 'e1', caseId: 'c1', type: 'task.completed', at: day(4) }),
        },
        {
          kind: 'event.append',
          record: anEvent({ id: 'e2', caseId: 'c1', type: 'task.claimed', at: day(2, 3) }),
        },
        {
          kind: 'event.append',
          record: anEvent({ id: 'e3', caseId: 'c2', type: 'task.completed', at: day(5, 2) }),
        },
        { kind: 'event.append', record: anEvent({ id: 'e4', caseId: 'c3', type: 'urged', at: day(5) }) },
        // c1 was rated; c2 closed without a rating (未评价)
        { kind: 'rating.insert', record: aRating({ id: 'r1', caseId: 'c1', level: 'satisfied' }) },
      ]);
      // when the March KPI is computed
      const [total] = await marchKpi();
      // then c1 responded the same day (0), c2 three working days later, c3 not at all
      assert.deepEqual(total?.responseDays, { '0': 1, '3': 1 });
      assert.deepEqual(total?.ratings, { satisfied: 1 });
      assert.equal(total?.unrated, 1);
    });

    void it('answers an empty list when nothing was received', async () => {
      const kpi = await store().cases.kpiByUnit({
        jurisdiction: 'hz',
        from: day(1),
        to: day(31),
        now: day(31),
        utcOffsetMinutes: 0,
        days: march(),
      });
      assert.deepEqual(kpi, []);
    });
  });
}
