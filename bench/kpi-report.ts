/**
 * Monthly KPI report over a large embedded store: seeds CASES cases (default 1,000,000) spread over
 * 12 months of 2025 with units, ratings, reopen and urging events (`support/seed-cases.ts`, straight
 * SQL — seeding is not what is measured; migration 9's triggers keep `case_kpi` as it goes), then
 * times `cases.kpiByUnit` for one month and for the whole year (every case), and the whole store
 * work of the monthly report (`runtime/reports/kpi-report.ts`): the month's KPIs plus the five
 * 异常件 counts, which run over the whole jurisdiction. Usage: npx tsx bench/kpi-report.ts
 */
import { rmSync } from 'node:fs';
import { WorkingCalendar } from '../runtime/calendar/working-calendar.js';
import { SqliteStore } from '../runtime/store/sqlite/sqlite-store.js';
import type { CalendarDay, CaseQuery } from '../runtime/store/store.js';
import { envInt } from './support/env-int.js';
import { at, seedCases, type CaseExtras } from './support/seed-cases.js';

const total = envInt('CASES', 1_000_000);
/** Urging, escalation and reopen events on every 25th, 200th and 100th case. */
const events: CaseExtras = (db) => {
  const insertEvent = db.prepare(`INSERT INTO case_events (id, case_id, jurisdiction, at, actor, type, data)
  VALUES (?, ?, 'bench', ?, 'system', ?, ?)`);
  return ({ i, id, created, deadline }) => {
    if (i % 25 === 0) insertEvent.run(`u${i}`, id, at(deadline + day), 'urged', '{}');
    if (i % 200 === 0)
      insertEvent.run(`e${i}`, id, at(deadline + 2 * day), 'escalated', '{"from":"district"}');
    if (i % 100 === 0) insertEvent.run(`o${i}`, id, at(created + 14 * day), 'reopened', '{}');
  };
};
const day = 86_400_000;
const { dir, file, seconds: seedSeconds } = await seedCases('kpi-bench-', total, events);

const store = SqliteStore.open({ file });
const calendar = new WorkingCalendar();
function days(from: string, to: string): CalendarDay[] {
  const list: CalendarDay[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= to;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const date = d.toISOString().slice(0, 10);
    list.push({ date, working: calendar.isWorkingDate(date) });
  }
  return list;
}
async function time(label: string, from: string, to: string, quiet = false) {
  const query = {
    jurisdiction: 'bench',
    from,
    to,
    now: '2026-01-31T00:00:00.000Z',
    utcOffsetMinutes: 480,
    days: days(from.slice(0, 10), '2026-01-31'),
  };
  if (quiet) return store.cases.kpiByUnit(query);
  await store.cases.kpiByUnit(query); // warm the page cache once
  const start = performance.now();
  const units = await store.cases.kpiByUnit(query);
  const ms = performance.now() - start;
  const received = units.reduce((a, u) => a + u.received, 0);
  console.log(
    `${label.padEnd(28)} ${String(received).padStart(9)} cases  ${units.length} units  ${(ms / 1000).toFixed(3)} s`,
  );
}
/** The report's 异常件 counts (exception-cases.ts filters, limit 1: only the totals are used). */
const exceptionFilters: Omit<CaseQuery, 'jurisdiction'>[] = [
  { status: 'open', deadlineFrom: '2026-01-31T00:00:00.000Z', deadlineTo: '2026-02-02T00:00:00.000Z' },
  { ratingLevels: ['unsatisfied'] },
  { closedLate: true },
  { withEventType: 'reopened' },
  { withEventType: 'leader-instruction' },
];
async function timeMonthlyReport(from: string, to: string) {
  const run = async () => {
    await time('', from, to, true);
    for (const filter of exceptionFilters)
      await store.cases.list({ jurisdiction: 'bench', limit: 1, offset: 0, ...filter });
  };
  await run(); // warm
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  console.log(`${'monthly report (KPIs + 异常件)'.padEnd(28)} ${(ms / 1000).toFixed(3)} s`);
}
console.log(`seeded ${total} cases (12 months, 40 units) in ${seedSeconds.toFixed(1)} s`);
await time('KPI report, one month', '2025-05-31T16:00:00.000Z', '2025-06-30T16:00:00.000Z');
await time('KPI report, whole year', '2024-12-31T16:00:00.000Z', '2025-12-31T16:00:00.000Z');
await timeMonthlyReport('2025-05-31T16:00:00.000Z', '2025-06-30T16:00:00.000Z');
await store.close();
rmSync(dir, { recursive: true, force: true });
