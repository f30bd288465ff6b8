// Intake throughput: cases per second from `submit` to the first user task visible in the store,
// in-process (sequential and 8 concurrent) and over real HTTP (the express app on loopback).
// Run: npx tsx bench/intake-throughput.ts   (BENCH_CASES, default 2000; HTTP runs BENCH_CASES/4)
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Platform } from '../runtime/bootstrap/platform.js';
import type { Actor } from '../runtime/cases/actor.js';
import {
  demoActor,
  demoPassword,
  enterpriseUsername,
  freshDataDir,
  intakeBody,
  jurisdiction,
  openBenchPlatform,
} from './support/bench-platform.js';
import { listenForBench } from './support/bench-server.js';
import { envInt } from './support/env-int.js';
import { visibleFirstTask } from './support/first-task.js';
import { round, summarize, type LatencySummary } from './support/latency.js';
import { describeMachine, machine } from './support/machine.js';
import { runPool } from './support/promise-pool.js';
import { textTable } from './support/text-table.js';

const cases = envInt('BENCH_CASES', 2000);
const httpCases = Math.max(1, Math.floor(cases / 4));
const concurrency = 8;
const warmup = Math.min(100, Math.max(10, Math.floor(cases / 20)));

/** One case: submit, then read its open first task back; resolves to the latency in ms. */
type CaseRun = (index: number) => Promise<number>;

interface Phase {
  name: string;
  transport: 'in-process' | 'http';
  concurrency: number;
  cases: number;
  wallMs: number;
  casesPerSec: number;
  /** CPU time (user + system) of this process per case: less sensitive to other load than wall time. */
  cpuMsPerCase: number;
  latency: LatencySummary;
}

async function measure(
  name: string,
  transport: Phase['transport'],
  count: number,
  lanes: number,
  run: CaseRun,
): Promise<Phase> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const latencies = await runPool(count, lanes, run);
  const wallMs = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return {
    name,
    transport,
    concurrency: lanes,
    cases: count,
    wallMs,
    casesPerSec: (count * 1000) / wallMs,
    cpuMsPerCase: (user + system) / 1000 / count,
    latency: summarize(latencies),
  };
}

function inProcessRun(platform: Platform, actor: Actor): CaseRun {
  return async (i) => {
    const start = performance.now();
    const kase = await platform.cases.submit({ jurisdiction, ...intakeBody(i) }, actor);
    await visibleFirstTask(platform.store, jurisdiction, kase.id);
    return performance.now() - start;
  };
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: enterpriseUsername, password: demoPassword }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

function httpRun(platform: Platform, url: string, token: string): CaseRun {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  return async (i) => {
    const start = performance.now();
    const res = await fetch(`${url}/jurisdictions/${jurisdiction}/cases`, {
      method: 'POST',
      headers,
      body: JSON.stringify(intakeBody(i)),
    });
    if (res.status !== 201) throw new Error(`submit ${i}: HTTP ${res.status} ${await res.text()}`);
    const kase = (await res.json()) as { id: string };
    await visibleFirstTask(platform.store, jurisdiction, kase.id);
    return performance.now() - start;
  };
}

function report(phases: Phase[], ratios: Record<string, number>, openTasks: number): void {
  const rows: (string | number)[][] = [
    [
      'phase',
      'conc',
      'cases',
      'wall s',
      'cases/s',
      'cpu ms/case',
      'mean ms',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
    ],
  ];
  for (const p of phases) {
    const l = p.latency;
    rows.push([
      p.name,
      p.concurrency,
      p.cases,
      round(p.wallMs / 1000),
      round(p.casesPerSec, 1),
      round(p.cpuMsPerCase),
    ]);
    rows.at(-1)?.push(...[l.meanMs, l.p50Ms, l.p95Ms, l.p99Ms, l.maxMs].map((ms) => round(ms)));
  }
  const m = machine();
  console.log(`\nintake throughput — submit -> first task 'review' visible (${jurisdiction})`);
  console.log(`${describeMachine(m)}\n`);
  console.log(textTable(rows));
  console.log(
    `\nHTTP / in-process throughput: sequential ${ratios.sequential}, concurrency ${concurrency} ${ratios.concurrent}`,
  );
  console.log(`open review tasks verified: ${openTasks}`);
  const phasesJson = phases.map((p) => ({
    name: p.name,
    transport: p.transport,
    concurrency: p.concurrency,
    cases: p.cases,
    casesPerSec: round(p.casesPerSec, 1),
    cpuMsPerCase: round(p.cpuMsPerCase),
    ...Object.fromEntries(Object.entries(p.latency).map(([k, v]) => [k, round(v)])),
  }));
  console.log(
    `BENCH ${JSON.stringify({ bench: 'intake-throughput', cases, httpCases, machine: m, phases: phasesJson, httpToInProcess: ratios })}`,
  );
}

async function main(): Promise<void> {
  const dataDir = freshDataDir('intake');
  const platform = await openBenchPlatform(dataDir);
  const actor = await demoActor(platform, enterpriseUsername);
  const local = inProcessRun(platform, actor);
  await runPool(warmup, concurrency, local);
  const phases = [
    await measure('in-process sequential', 'in-process', cases, 1, local),
    await measure(`in-process concurrent`, 'in-process', cases, concurrency, local),
  ];
  const { server, url } = await listenForBench(platform);
  const remote = httpRun(platform, url, await login(url));
  await runPool(warmup, concurrency, remote);
  phases.push(await measure('http sequential', 'http', httpCases, 1, remote));
  phases.push(await measure('http concurrent', 'http', httpCases, concurrency, remote));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const open = await platform.store.tasks.list({ jurisdiction, status: 'open', limit: 1 });
  await platform.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
  const rate = (name: string) => phases.find((p) => p.name === name)?.casesPerSec ?? 0;
  const ratios = {
    sequential: round(rate('http sequential') / rate('in-process sequential'), 3),
    concurrent: round(rate('http concurrent') / rate('in-process concurrent'), 3),
  };
  const expected = 2 * warmup + 2 * cases + 2 * httpCases;
  if (open.total !== expected) throw new Error(`expected ${expected} open tasks, store has ${open.total}`);
  report(phases, ratios, open.total);
}

await main();
