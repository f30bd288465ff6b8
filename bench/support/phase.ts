import { performance } from 'node:perf_hooks';
import { runPool } from './promise-pool.js';
import { round, summarize, type LatencySummary } from './latency.js';

/** One unit of measured work (a case, a task completion): resolves to its latency in ms. */
export type UnitRun = (index: number) => Promise<number>;

export interface Phase {
  name: string;
  /** What one unit is: `case`, `completion`, `timer`. */
  unit: string;
  concurrency: number;
  count: number;
  wallMs: number;
  perSec: number;
  /** CPU time (user + system) of this process per unit: less sensitive to other load than wall time. */
  cpuMsPerUnit: number;
  latency: LatencySummary | null;
}

/** Runs `count` units with `lanes` in flight and measures wall time, CPU time and latencies. */
export async function measure(
  name: string,
  unit: string,
  count: number,
  lanes: number,
  run: UnitRun,
): Promise<Phase> {
  return measured(name, unit, count, lanes, async () => summarize(await runPool(count, lanes, run)));
}

/** Measures one block of work that handles `count` units (e.g. a timer wave) as a whole. */
export async function measured(
  name: string,
  unit: string,
  count: number,
  lanes: number,
  work: () => Promise<LatencySummary | null>,
): Promise<Phase> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const latency = await work();
  const wallMs = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  const perSec = (count * 1000) / wallMs;
  return {
    name,
    unit,
    concurrency: lanes,
    count,
    wallMs,
    perSec,
    cpuMsPerUnit: (user + system) / 1000 / count,
    latency,
  };
}

/** The machine-readable form of a phase (rounded). */
export function phaseJson(p: Phase): Record<string, unknown> {
  const latency = p.latency
    ? Object.fromEntries(Object.entries(p.latency).map(([k, v]) => [k, round(v)]))
    : {};
  return {
    name: p.name,
    unit: p.unit,
    concurrency: p.concurrency,
    count: p.count,
    perSec: round(p.perSec, 1),
    cpuMsPerUnit: round(p.cpuMsPerUnit),
    ...latency,
  };
}
