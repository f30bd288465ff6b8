// Intake throughput: cases per second from `submit` to the first user task visible in the store,
// in-process (sequential and 8 concurrent) and over real HTTP (the express app on loopback), beside
// the raw bpmn-engine floor of the same run; then task completion and a timer wave; then HTTP with 8
// in flight against the real server entry with 1 and with 2 app processes (APP_PROCESSES).
// Run: npx tsx bench/intake-throughput.ts   (BENCH_CASES, default 2000; HTTP runs BENCH_CASES/4;
// BENCH_TIMERS, default 10000; BENCH_APP_PROCESSES, default "1,2", "" skips the server phases)
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Platform } from '../runtime/bootstrap/platform.js';
import type { Actor } from '../runtime/cases/actor.js';
import type { Store } from '../runtime/store/store.js';
import { startAppServer } from './support/app-server.js';
import {
  demoActor,
  enterpriseUsername,
  freshDataDir,
  intakeBody,
  jurisdiction,
  officeUsername,
  openBenchPlatform,
} from './support/bench-platform.js';
import { benchLogin, listenForBench } from './support/bench-server.js';
import { bpmnFloorRun } from './support/bpmn-floor.js';
import { envInt } from './support/env-int.js';
import { submitToFirstTask, visibleFirstTask } from './support/first-task.js';
import { describeMachine, machine } from './support/machine.js';
import { measure, type Phase, type UnitRun } from './support/phase.js';
import { runPool } from './support/promise-pool.js';
import { intakeReport } from './support/intake-report.js';
import { completionRun, openReviewTasks } from './support/task-completion.js';
import { timerWave } from './support/timer-wave.js';

const cases = envInt('BENCH_CASES', 2000);
const httpCases = Math.max(1, Math.floor(cases / 4));
const completions = Math.max(1, Math.floor(cases / 4));
const timers = envInt('BENCH_TIMERS', 10_000);
const concurrency = 8;
const warmup = Math.min(100, Math.max(10, Math.floor(cases / 20)));

function inProcessRun(platform: Platform, actor: Actor): UnitRun {
  return async (i) => {
    const start = performance.now();
    await submitToFirstTask(platform, actor, i);
    return performance.now() - start;
  };
}

function httpRun(store: Store, url: string, token: string): UnitRun {
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
    await visibleFirstTask(store, jurisdiction, kase.id);
    return performance.now() - start;
  };
}

/** The same two phases (sequential, 8 in flight) of one kind of unit, after an unmeasured warm-up. */
async function pair(name: string, unit: string, count: number, run: UnitRun): Promise<Phase[]> {
  await runPool(warmup, concurrency, run);
  return [
    await measure(`${name} sequential`, unit, count, 1, run),
    await measure(`${name} concurrent`, unit, count, concurrency, run),
  ];
}

/**
 * HTTP with 8 in flight against `server/main.ts` run with `processes` app processes on a fresh file;
 * CPU is the server's processes' (read from /proc), not this client's.
 */
async function appServerPhase(processes: number): Promise<Phase> {
  const server = await startAppServer(processes);
  try {
    const run = httpRun(server.store, server.url, await benchLogin(server.url, enterpriseUsername));
    await runPool(warmup, concurrency, run);
    const cpu = server.cpuMs();
    const name = `http, APP_PROCESSES=${processes}`;
    const phase = await measure(name, 'case', httpCases, concurrency, run);
    return { ...phase, cpuMsPerUnit: (server.cpuMs() - cpu) / httpCases };
  } finally {
    await server.stop();
  }
}

const appProcessCounts = (process.env['BENCH_APP_PROCESSES'] ?? '1,2').split(',').filter(Boolean).map(Number);

async function main(): Promise<void> {
  const floor = await pair('bpmn-engine floor', 'case', cases, await bpmnFloorRun());
  const dataDir = freshDataDir('intake');
  const platform = await openBenchPlatform(dataDir);
  const local = inProcessRun(platform, await demoActor(platform, enterpriseUsername));
  const phases = await pair('in-process', 'case', cases, local);
  const { server, url } = await listenForBench(platform);
  phases.push(
    ...(await pair(
      'http',
      'case',
      httpCases,
      httpRun(platform.store, url, await benchLogin(url, enterpriseUsername)),
    )),
  );
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const office = await demoActor(platform, officeUsername);
  const reviews = await openReviewTasks(platform, jurisdiction, warmup + 2 * completions);
  const complete = completionRun(platform, jurisdiction, office, reviews);
  let done = 0;
  const next: UnitRun = () => complete(done++);
  phases.push(...(await pair('task completion', 'completion', completions, next)));
  const open = await platform.store.tasks.list({ jurisdiction, status: 'open', limit: 1 });
  await platform.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
  const created = 2 * warmup + 2 * cases + 2 * httpCases;
  // every accepted case traded its review task for `handle`
  if (open.total !== created) throw new Error(`expected ${created} open tasks, store has ${open.total}`);
  phases.push(await timerWave(timers));
  for (const n of appProcessCounts) phases.push(await appServerPhase(n));
  const m = machine();
  console.log(`\nintake throughput — submit -> first task 'review' visible (${jurisdiction})`);
  console.log(`${describeMachine(m)}\n`);
  intakeReport({ floor, phases, cases, httpCases, timers, machine: m, concurrency });
}

await main();
