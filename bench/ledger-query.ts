/**
 * 台账 over a large embedded store: seeds CASES cases (default 1,000,000) over 12 months of 2025 with
 * case numbers, channels, tiers, classes, 1,000 enterprises, 40 handling units, ratings and an open
 * task per open case (`support/seed-cases.ts`, straight SQL — seeding is not what is measured), then
 * reports the p95 of the ledger's store work (`ledgerQuery` → `cases.list` → `ledgerRows`, what
 * GET /jurisdictions/:j/ledger runs) for several filter combinations, beside the inbox query's p95
 * (GET /tasks: the page and its four scope counts) from the same run, and the time of the .xlsx
 * export (`ledgerPages` → `writeLedgerWorkbook`) of a filtered set of ~EXPORT rows (default 100,000)
 * with the process's peak RSS while it runs.
 * Targets (issue 15): p95 < 100 ms, export < 10 s. Usage: npx tsx bench/ledger-query.ts
 */
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  ledgerPages,
  ledgerQuery,
  ledgerRows,
  LedgerNames,
  type LedgerFilters,
  type LedgerViewer,
} from '../runtime/cases/case-ledger.js';
import { writeLedgerWorkbook } from '../runtime/reports/ledger-workbook.js';
import { SqliteStore } from '../runtime/store/sqlite/sqlite-store.js';
import { envInt } from './support/env-int.js';
import { machine } from './support/machine.js';
import { at, seedCases, seedSpan, seedYear, type CaseExtras } from './support/seed-cases.js';

const total = envInt('CASES', 1_000_000);
const exportRows = Math.min(envInt('EXPORT', 100_000), total);
const runs = envInt('RUNS', 40);
/** An open task per open case (the inbox's rows): one of 10 groups, every 7th assigned to u1. */
const openTasks: CaseExtras = (db) => {
  const insertTask = db.prepare(`INSERT INTO tasks (id, case_id, jurisdiction, instance_key, element_id, name,
  candidate_groups, assignee, status, created_at, due_at) VALUES (?, ?, 'bench', 'i', 'handle', '办理', ?, ?, 'open', ?, ?)`);
  const insertGroup = db.prepare('INSERT INTO task_groups (task_id, grp) VALUES (?, ?)');
  return ({ i, id, status, created, deadline }) => {
    if (status !== 'open') return;
    const group = `g${i % 10}`;
    const task = `t${String(i).padStart(7, '0')}`;
    insertTask.run(task, id, JSON.stringify([group]), i % 7 === 0 ? 'u1' : null, at(created), at(deadline));
    insertGroup.run(task, group);
  };
};
const { dir, file, seconds: seedSeconds } = await seedCases('ledger-bench-', total, openTasks);

const store = SqliteStore.open({ file });
const now = '2026-01-05T02:00:00.000Z';
const context = { utcOffsetMinutes: 480, now };
const everyCase: LedgerViewer = { jurisdiction: 'bench', orgUnitIds: null };

async function p95(fn: () => Promise<unknown>): Promise<{ p95: number; p50: number }> {
  await fn(); // warm
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.ceil(ms.length * 0.95) - 1]! };
}

/** The ledger route's store work for one page of 50 rows: the first (counted), or a keyset page. */
async function ledgerPage(
  filters: LedgerFilters,
  viewer = everyCase,
  after?: { createdAt: string; id: string },
) {
  const query = await ledgerQuery(store, viewer, filters, context);
  const keyset = after ? { after, countTotal: false } : {};
  const page = await store.cases.list({ ...query, ...keyset, limit: 50 });
  await ledgerRows(store, 'bench', page.items, now, new LedgerNames(store));
}
/** The cursor after the 20th page of every case (newest first). */
const deep = (await store.cases.list({ jurisdiction: 'bench', offset: 999, limit: 1 })).items[0]!;

const unit7: LedgerViewer = { jurisdiction: 'bench', orgUnitIds: ['unit-7'] };
const ctt = { requestClass: 'professional', channel: 'website', tier: 'departments' } as const;
const combos: [string, () => Promise<unknown>][] = [
  ['all cases, newest first', () => ledgerPage({})],
  ['all cases, oldest first', () => ledgerPage({ order: 'oldest' })],
  [
    'all cases, 21st page (keyset)',
    () => ledgerPage({}, everyCase, { createdAt: deep.createdAt, id: deep.id }),
  ],
  ['case number prefix', () => ledgerPage({ caseNumber: 'bn-2025-0004' })],
  ['enterprise name', () => ledgerPage({ enterprise: '测试企业12有限' })],
  ['credit code', () => ledgerPage({ enterprise: '91330400MA00000123' })],
  ['date range (a month)', () => ledgerPage({ from: '2025-06-01', to: '2025-06-30' })],
  ['status refused', () => ledgerPage({ status: 'refused' })],
  ['month + status open', () => ledgerPage({ from: '2025-06-01', to: '2025-06-30', status: 'open' })],
  ['class', () => ledgerPage({ requestClass: 'complex' })],
  ['tier', () => ledgerPage({ tier: 'leadership' })],
  ['channel', () => ledgerPage({ channel: 'window' })],
  ['handling unit', () => ledgerPage({ orgUnitId: 'unit-3' })],
  ['overdue (超期)', () => ledgerPage({ overdue: true })],
  ['not overdue', () => ledgerPage({ overdue: false })],
  ['rating unsatisfied', () => ledgerPage({ rating: 'unsatisfied' })],
  ['class + channel + tier', () => ledgerPage(ctt)],
  ['class + channel + tier, oldest', () => ledgerPage({ ...ctt, order: 'oldest' })],
  ['class + channel + tier + open (none)', () => ledgerPage({ ...ctt, status: 'open' })],
  [
    'month + channel + unit',
    () => ledgerPage({ from: '2025-06-01', to: '2025-06-30', channel: 'hotline', orgUnitId: 'unit-3' }),
  ],
  ['unit + overdue', () => ledgerPage({ orgUnitId: 'unit-3', overdue: true })],
  ['handler: own unit only', () => ledgerPage({}, unit7)],
  ['handler: own unit, rating', () => ledgerPage({ rating: 'unsatisfied' }, unit7)],
  ['oldest first, closed', () => ledgerPage({ status: 'closed', order: 'oldest' })],
];
/** GET /tasks (group scope): the page and the four scope counts, as task-list-routes.ts runs them. */
const inbox = async () => {
  const base = { jurisdiction: 'bench', status: 'open' as const };
  await store.tasks.list({ ...base, groups: ['g1'], assignee: 'u1', sort: 'due', limit: 20 });
  await store.tasks.list({ ...base, assignee: 'u1', limit: 1 });
  await store.tasks.list({ ...base, groups: ['g1'], assignee: 'u1', limit: 1 });
  await store.tasks.list({ ...base, groups: ['g1'], unassigned: true, limit: 1 });
  await store.tasks.list({ ...base, groups: ['g1'], assignee: 'u1', dueBefore: now, limit: 1 });
};

console.log(`seeded ${total} cases in ${seedSeconds.toFixed(1)} s; ${runs} runs per query`);
const results: Record<string, number> = {};
const inboxTime = await p95(inbox);
results['inbox (GET /tasks)'] = inboxTime.p95;
console.log(
  `${'inbox query (GET /tasks)'.padEnd(44)} p50 ${inboxTime.p50.toFixed(1).padStart(7)} ms  p95 ${inboxTime.p95.toFixed(1).padStart(7)} ms`,
);
for (const [label, fn] of combos) {
  const time = await p95(fn);
  results[label] = time.p95;
  console.log(
    `${('ledger: ' + label).padEnd(44)} p50 ${time.p50.toFixed(1).padStart(7)} ms  p95 ${time.p95.toFixed(1).padStart(7)} ms  load ${loadavg()[0]!.toFixed(1)}`,
  );
}

// the export of a filtered set: one channel (a third of the cases) since the date holding EXPORT of them
const exportFrom = seedYear + Math.max(0, Math.floor((1 - (3 * exportRows) / total) * seedSpan));
const query = {
  ...(await ledgerQuery(store, everyCase, { channel: 'hotline' }, context)),
  from: at(exportFrom),
};
const out = join(dir, 'ledger.xlsx');
const mb = (bytes: number) => Math.round(bytes / 1e6);
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const exportStart = performance.now();
const labels = {
  status: { open: '办理中', closed: '已办结', refused: '不予受理' },
  requestClass: {},
  tier: {},
  channel: {},
  rating: {},
};
const written = await writeLedgerWorkbook(
  createWriteStream(out),
  ledgerPages(store, query, now),
  labels,
  480,
);
const exportSeconds = (performance.now() - exportStart) / 1000;
clearInterval(sampler);
console.log(
  `export (channel + date window): ${written} rows, ${(statSync(out).size / 1e6).toFixed(1)} MB in ${exportSeconds.toFixed(2)} s; RSS ${mb(rssBefore)} MB before, peak ${mb(peakRss)} MB`,
);
const worst = Math.max(...combos.map(([label]) => results[label]!));
console.log(
  `targets: ledger p95 < 100 ms (worst ${worst.toFixed(1)} ms ${worst < 100 ? 'OK' : 'MISSED'}), export < 10 s (${exportSeconds.toFixed(2)} s ${exportSeconds < 10 ? 'OK' : 'MISSED'})`,
);
console.log(
  `BENCH ${JSON.stringify({ bench: 'ledger-query', cases: total, p95Ms: results, exportRows: written, exportSeconds, exportPeakRssMb: mb(peakRss), machine: machine() })}`,
);
await store.close();
rmSync(dir, { recursive: true, force: true });
