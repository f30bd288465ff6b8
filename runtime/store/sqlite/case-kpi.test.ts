import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { aCase, anEvent, aRating } from '../conformance/case-fixtures.js';
import { day } from '../conformance/store-fixture.js';
import type { Mutation } from '../mutations.js';
import type { CalendarDay, KpiQuery } from '../store.js';
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

void describe('KPI facts (migrations 9 and 26)', () => {
  void it('back-fills cases written before the migrations exactly as triggers keep cases written after them', async () => {
    // given a file with the history, taken back to before migration 9 (its table and triggers gone)
    const file = path.join(dir, 'upgraded.db');
    const writer = SqliteStore.open({ file });
    await writer.transact(history);
    await writer.close();
    const db = new Database(file);
    const triggers = db
      .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'case_kpi%'")
      .pluck()
      .all();
    for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
    db.exec(
      'DROP TABLE case_kpi; DROP INDEX ratings_by_level; DROP INDEX case_events_by_type; DELETE FROM schema_migrations WHERE version IN (9, 26)',
    );
    // when migrations 9 and 26 run on it, and the same history is written to a file created after them
    assert.deepEqual(migrate(db, migrations), [9, 26]);
    db.close();
    const upgraded = SqliteStore.open({ file });
    const fresh = SqliteStore.open({ file: path.join(dir, 'fresh.db') });
    await fresh.transact(history);
    // then both report the same figures, and they are not trivial
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
