// Open-cases memory: RSS of a process that has created N open cases (each waiting at its first user
// task), the slope per case projected to 100,000, and a FRESH process over the same data folder
// whose RSS must not depend on N (instances are recovered from SQLite on demand).
// Run: node --expose-gc --import tsx bench/open-cases-memory.ts   (BENCH_OPEN_CASES, default 20000)
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Platform } from '../runtime/bootstrap/platform.js';
import {
  demoActor,
  enterpriseUsername,
  freshDataDir,
  jurisdiction,
  openBenchPlatform,
} from './support/bench-platform.js';
import { envInt } from './support/env-int.js';
import { submitToFirstTask } from './support/first-task.js';
import { recoverInFreshProcess } from './support/fresh-process.js';
import { round, summarize, type LatencySummary } from './support/latency.js';
import { describeMachine, machine } from './support/machine.js';
import { gcExposed, linearFit, mib, sampleMemory, sqliteBytes } from './support/memory-sample.js';
import type { MemorySample } from './support/memory-sample.js';
import { runPool } from './support/promise-pool.js';
import type { RecoverReport } from './support/recover-child.js';
import { textTable } from './support/text-table.js';

const openCases = envInt('BENCH_OPEN_CASES', 20000);
const concurrency = envInt('BENCH_CONCURRENCY', 8);
const batches = 10;
const batchSize = Math.ceil(openCases / batches);
const targetCases = 100_000;
const targetRss = 1e9; // README: 100,000 open cases < 1 GB RSS

interface Checkpoint extends MemorySample {
  cases: number;
  dbBytes: number;
  casesPerSec: number;
}

/** What creating the cases produced; the parent keeps no per-case state beyond four task ids. */
interface Creation {
  checkpoints: Checkpoint[];
  latency: LatencySummary;
  seconds: number;
  openTasks: number;
  earlyChild: RecoverReport;
  lateTaskIds: string[];
}

/** Two distinct random indices in [0, hi) outside `not`. */
function pickTwo(hi: number, not: number[] = []): number[] {
  const picked: number[] = [];
  while (picked.length < 2) {
    const i = Math.floor(Math.random() * hi);
    if (!picked.includes(i) && !not.includes(i)) picked.push(i);
  }
  return picked;
}

async function createBatch(platform: Platform, from: number, keep: Map<number, string>, latencies: number[]) {
  const actor = await demoActor(platform, enterpriseUsername);
  await runPool(Math.min(batchSize, openCases - from), concurrency, async (k) => {
    const start = performance.now();
    const task = await submitToFirstTask(platform, actor, from + k);
    latencies.push(performance.now() - start);
    if (keep.has(from + k)) keep.set(from + k, task.id);
  });
}

async function checkpoint(dataDir: string, cases: number, casesPerSec: number): Promise<Checkpoint> {
  return { cases, dbBytes: sqliteBytes(dataDir).total, casesPerSec, ...(await sampleMemory()) };
}

/** Create the cases in batches, sampling memory after each; a fresh process recovers two after the first. */
async function createOpenCases(platform: Platform, dataDir: string): Promise<Creation> {
  const early = pickTwo(batchSize);
  const late = pickTwo(openCases, early);
  const keep = new Map<number, string>([...early, ...late].map((i) => [i, '']));
  const ids = (indices: number[]) => indices.map((i) => keep.get(i) ?? '');
  const latencies: number[] = [];
  const checkpoints = [await checkpoint(dataDir, 0, 0)];
  let earlyChild: RecoverReport | null = null;
  const started = performance.now();
  for (let done = 0; done < openCases; done = Math.min(openCases, done + batchSize)) {
    const t = performance.now();
    await createBatch(platform, done, keep, latencies);
    const count = Math.min(batchSize, openCases - done);
    const point = await checkpoint(dataDir, done + count, (count * 1000) / (performance.now() - t));
    checkpoints.push(point);
    console.log(
      `  ${point.cases} open cases, ${round(point.casesPerSec, 1)} cases/s, rss ${mib(point.rss)} MiB`,
    );
    earlyChild ??= await recoverInFreshProcess(dataDir, ids(early));
  }
  const seconds = (performance.now() - started) / 1000;
  const open = await platform.store.tasks.list({ jurisdiction, status: 'open', limit: 1 });
  if (!earlyChild) throw new Error('no cases created');
  const latency = summarize(latencies);
  return { checkpoints, latency, seconds, openTasks: open.total, earlyChild, lateTaskIds: ids(late) };
}

function childRow(label: string, cases: number, r: RecoverReport): (string | number)[] {
  const [first = 0, second = 0] = r.completeMs.map((ms) => round(ms));
  const mem = [r.rssAtStart, r.rss, r.heapUsed].map(mib);
  return [label, cases, ...mem, round(r.openMs), round(r.runDueMs), first, second];
}

function report(c: Creation, dbBytes: number, lateChild: RecoverReport): void {
  const base = c.checkpoints[0] as Checkpoint;
  const final = c.checkpoints.at(-1) as Checkpoint;
  // The first batch also pays one-time costs (JIT, compiled model, caches): fit the slope after it.
  const growth = c.checkpoints.slice(1);
  const rssFit = linearFit(growth.map((p) => ({ x: p.cases, y: p.rss })));
  const heapFit = linearFit(growth.map((p) => ({ x: p.cases, y: p.heapUsed })));
  const peakRss = process.resourceUsage().maxRSS * 1024;
  // RSS after gc swings by ~100 MiB between checkpoints (allocator, young generation), so the fitted
  // line alone is unreliable; the projection also takes the peak plus the steepest per-case growth.
  const fitted = rssFit.intercept + rssFit.slope * targetCases;
  const growthPerCase = Math.max(0, rssFit.slope, heapFit.slope);
  const projected = Math.max(fitted, peakRss + growthPerCase * Math.max(0, targetCases - openCases));
  const perCase = {
    rss: (final.rss - base.rss) / openCases,
    heap: (final.heapUsed - base.heapUsed) / openCases,
  };
  const childRatio = lateChild.rss / c.earlyChild.rss;
  const m = machine();

  console.log(`\nopen cases memory — ${openCases} cases waiting at 'review', concurrency ${concurrency}`);
  console.log(`${describeMachine(m)}, gc exposed: ${gcExposed()}\n`);
  const rows: (string | number)[][] = [['open cases', 'rss MiB', 'heapUsed MiB', 'sqlite MiB', 'cases/s']];
  for (const p of c.checkpoints)
    rows.push([p.cases, mib(p.rss), mib(p.heapUsed), mib(p.dbBytes), round(p.casesPerSec, 1)]);
  console.log(textTable(rows));
  console.log(
    `\ncreated ${openCases} in ${round(c.seconds, 1)} s (${round(openCases / c.seconds, 1)} cases/s; p50 ${round(c.latency.p50Ms)} ms, p99 ${round(c.latency.p99Ms)} ms); open tasks in store: ${c.openTasks}`,
  );
  console.log(
    `with ${openCases} open cases: rss ${mib(final.rss)} MiB, heapUsed ${mib(final.heapUsed)} MiB; peak rss while creating ${mib(peakRss)} MiB`,
  );
  console.log(
    `per open case vs 0 cases: rss ${round(perCase.rss)} B, heap ${round(perCase.heap)} B; slope after the first batch: rss ${round(rssFit.slope)} B, heap ${round(heapFit.slope)} B`,
  );
  console.log(`sqlite on disk after close: ${mib(dbBytes)} MiB (${round(dbBytes / openCases)} B per case)`);
  console.log(
    `projected rss at ${targetCases}: ${mib(projected)} MiB = ${round(projected / targetRss, 3)} of the 1 GB target ` +
      `(max of the fitted line, ${mib(fitted)} MiB, and peak + ${round(growthPerCase)} B per further case)\n`,
  );
  const header = [
    'fresh process',
    'cases',
    'rss start',
    'rss MiB',
    'heap MiB',
    'open ms',
    'runDue ms',
    '1st complete ms',
    '2nd complete ms',
  ];
  console.log(
    textTable([header, childRow('early', batchSize, c.earlyChild), childRow('final', openCases, lateChild)]),
  );
  console.log(
    `fresh-process rss at ${openCases} / at ${batchSize} cases: ${round(childRatio, 3)}; next tasks: ${lateChild.nextTasks.join(' ')}`,
  );
  const json = {
    bench: 'open-cases-memory',
    openCases,
    concurrency,
    machine: m,
    gcExposed: gcExposed(),
    createCasesPerSec: round(openCases / c.seconds, 1),
    rssBytes: final.rss,
    heapUsedBytes: final.heapUsed,
    peakRssBytes: peakRss,
    rssPerCaseBytes: round(perCase.rss, 1),
    heapPerCaseBytes: round(perCase.heap, 1),
    rssSlopeBytes: round(rssFit.slope, 1),
    heapSlopeBytes: round(heapFit.slope, 1),
    sqliteBytes: dbBytes,
    fittedRssBytes100k: Math.round(fitted),
    projectedRssBytes100k: Math.round(projected),
    projectedToTargetRatio: round(projected / targetRss, 3),
    freshProcess: {
      early: { cases: batchSize, ...c.earlyChild },
      final: { cases: openCases, ...lateChild },
      rssRatio: round(childRatio, 3),
    },
  };
  console.log(`BENCH ${JSON.stringify(json)}`);
}

async function main(): Promise<void> {
  if (openCases < 20) throw new Error('BENCH_OPEN_CASES must be at least 20');
  if (!gcExposed()) console.warn('warning: run with node --expose-gc for stable numbers');
  const dataDir = freshDataDir('open-cases');
  const platform = await openBenchPlatform(dataDir);
  const creation = await createOpenCases(platform, dataDir);
  await platform.close();
  const dbBytes = sqliteBytes(dataDir).total;
  const lateChild = await recoverInFreshProcess(dataDir, creation.lateTaskIds);
  if (process.env.BENCH_KEEP === '1') console.log(`data kept in ${dataDir}`);
  else rmSync(dirname(dataDir), { recursive: true, force: true });
  report(creation, dbBytes, lateChild);
}

await main();
