import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { aCase, anEvent, aRating } from '../conformance/case-fixtures.js';
import { day } from '../conformance/store-fixture.js';
import type { Mutation } from '../mutations.js';
import type { CalendarDay, CaseQuery, KpiQuery } from '../store.js';
import { migrate, migrations } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

let dir = '';
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-kpi-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const march: CalendarDay[] = Array.from({ length: 31 }, (_, i) => {
  const date = new Date(Date.UTC(2026, 2, i + 1));
  return { date: date.toISOString().slice(0, 10), working: date.getUTCDay() % 6 !== 0 };
});
const query: KpiQuery = {
  jurisdiction: 'hz',
  from: '2026-02-28T16:00:00.000Z',
  to: '2026-03-31T16:00:00.000Z',
  now: day(20),
  utcOffsetMinutes: 480,
  days: march,
};

/** Cases of several units, statuses, ratings and reopenings (the writes the KPI facts follow). */
const history: Mutation[] = [
  ...Array.from({ length: 30 }, (_, i): Mutation[] => {
    const id = `c${i}`;
    const closed = i % 3 !== 0;
    return [
      {
        kind: 'case.insert',
        record: aCase({
          id,
          createdAt: day(1 + (i % 20), i % 24),
          status: closed ? 'closed' : i % 5 === 0 ? 'refused' : 'open',
          deadlineAt: day(8 + (i % 10)),
          answeredAt: closed && i % 4 !== 0 ? day(5 + (i % 15), 3) : null,
          closedAt: closed ? day(6 + (i % 15)) : null,
          channel: i % 2 === 0 ? 'web' : 'hotline',
          tier: i % 3 === 0 ? 'city' : 'district',
        }),
      },
      { kind: 'caseUnit.set', record: { caseId: id, jurisdiction: 'hz', orgUnitId: `ou-${i % 4}` } },
      ...(closed
        ? [
            {
              kind: 'rating.insert',
              record: aRating({ id: `r${i}`, caseId: id, level: `l${i % 3}` }),
            } as const,
          ]
        : []),
      // staff took it up (claimed, then completed a task): the first of them is the response
      ...(i % 2 === 0
        ? ([
            {
              kind: 'event.append',
              record: anEvent({ id: `t${i}`, caseId: id, type: 'task.completed', at: day(3 + (i % 9), 2) }),
            },
            {
              kind: 'event.append',
              record: anEvent({ id: `k${i}`, caseId: id, type: 'task.claimed', at: day(2 + (i % 9), 5) }),
            },
          ] as const)
        : []),
      ...(i % 7 === 0
        ? [{ kind: 'event.append', record: anEvent({ id: `e${i}`, caseId: id, type: 'reopened' }) } as const]
        : []),
    ];
  }).flat(),
];

/** c5 escalated from 区 to 市 after its insert: the one case of the combination below. */
const escalated: Mutation = { kind: 'case.update', id: 'c5', patch: { tier: 'city' } };
/** 台账 filters `case_kpi` answers (migration 37): unit, rating level, class + channel + tier + status. */
const ledgerFilters: Omit<CaseQuery, 'jurisdiction'>[] = [
  { orgUnitIds: ['ou-1'] },
  { orgUnitIds: ['ou-1'], order: 'oldest' },
  { orgUnitIds: ['ou-0', 'ou-2'], channel: 'web' },
  { orgUnitIds: ['ou-2'], ratingLevels: ['l1'], tier: 'district' },
  { orgUnitIds: ['ou-3'], overdue: true, overdueAt: day(12) },
  { ratingLevels: ['l2'], from: day(3) },
  { requestClass: 'policy', channel: 'hotline', tier: 'city', status: 'closed' },
];

void describe('KPI facts (migrations 9, 26 and 37)', () => {
  void it('back-fills cases written before the migrations exactly as triggers keep cases written after them', async () => {
    // given a file with the history, taken back to before migration 9 (its table and triggers gone)
    // and one escalated case (its tier changed after the insert)
    const file = path.join(dir, 'upgraded.db');
    const writer = SqliteStore.open({ file });
    await writer.transact([...history, escalated]);
    await writer.close();
    const db = new Database(file);
    const triggers = db
      .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'case_kpi%'")
      .pluck()
      .all();
    for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
    db.exec(
      'DROP TABLE case_kpi; DROP INDEX ratings_by_level; DROP INDEX case_events_by_type; DELETE FROM schema_migrations WHERE version IN (9, 26, 37)',
    );
    // when migrations 9, 26 and 37 run on it, and the same history is written to a file created after them
    assert.deepEqual(migrate(db, migrations), [9, 26, 37]);
    db.close();
    const upgraded = SqliteStore.open({ file });
    const fresh = SqliteStore.open({ file: path.join(dir, 'fresh.db') });
    await fresh.transact([...history, escalated]);
    // then both list the same cases for the 台账 filters read from case_kpi, and not trivially
    for (const filter of ledgerFilters) {
      const old = await upgraded.cases.list({ jurisdiction: 'hz', ...filter });
      const now = await fresh.cases.list({ jurisdiction: 'hz', ...filter });
      assert.deepEqual(old, now, JSON.stringify(filter));
      assert.ok(old.total > 0 && old.total < 30, JSON.stringify(filter));
    }
    // and report the same figures, and they are not trivial
    const a = await upgraded.cases.kpiByUnit(query);
    const b = await fresh.cases.kpiByUnit(query);
    assert.deepEqual(a, b);
    assert.equal(a.length, 4);
    assert.equal(
      a.reduce((n, u) => n + u.received, 0),
      30,
    );
    assert.ok(a.some((u) => u.reopened > 0 && Object.keys(u.handlingDays).length > 1));
    assert.ok(a.some((u) => Object.keys(u.responseDays).length > 1));
    await upgraded.close();
    await fresh.close();
  });
});
