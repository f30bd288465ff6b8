// Bounded evaluation of admin expressions (issue 13): intake throughput with the bounded evaluator
// (rules on budgeted worker_threads, FEEL of the proven fragment in-process) beside the unbounded
// path (everything in-process, no budget) in the same run and on the same platform, in alternating
// rounds; then another tenant's request latency while a tenant's routing rule runs away on every
// case it receives. Run: npx tsx bench/bounded-eval.ts   (BENCH_CASES default 600, BENCH_VICTIM 200)
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Platform } from '../runtime/bootstrap/platform.js';
import { loadDefinitionFolder } from '../runtime/definitions/definition-loader.js';
import type { Mechanism } from '../runtime/definitions/mechanism.js';
import { configureExpressions, expressionEvaluator } from '../runtime/expressions/expression-evaluator.js';
import { seedDemoDirectory } from '../server/demo/demo-directory.js';
import {
  demoActor,
  enterpriseUsername,
  freshDataDir,
  intakeBody,
  jurisdiction,
  openBenchPlatform,
  validIntake,
} from './support/bench-platform.js';
import { benchLogin, listenForBench } from './support/bench-server.js';
import { envInt } from './support/env-int.js';
import { submitToFirstTask } from './support/first-task.js';
import { round, summarize, type LatencySummary } from './support/latency.js';
import { describeMachine, machine } from './support/machine.js';
import { runPool } from './support/promise-pool.js';
import { textTable } from './support/text-table.js';

const cases = envInt('BENCH_CASES', 600);
const victimRequests = envInt('BENCH_VICTIM', 200);
const rounds = 3;
const concurrency = 8;
const runawayTenant = 'runaway-zone';
const runawayText = '失控规则基准测试';

/**
 * unbounded: every expression in-process, no budget (the path before issue 13); bounded: the
 * default (proven-bounded expressions in-process, others on budgeted workers); workers: every
 * expression on a budgeted worker (what a mechanism whose rules are not in the proven fragment pays).
 */
type Mode = 'unbounded' | 'bounded' | 'workers';
const modes: Mode[] = ['unbounded', 'bounded', 'workers'];

interface Tally {
  cases: number;
  wallMs: number;
  cpuMs: number;
  latencies: number[];
}

async function useMode(mode: Mode): Promise<void> {
  const evaluator = configureExpressions({
    isolation: mode === 'unbounded' ? 'none' : 'workers',
    provenInProcess: mode !== 'workers',
  });
  await evaluator.ready();
}

/** One measured batch of `count` cases: submit, then read the first task back. */
async function intake(platform: Platform, count: number, lanes: number, offset: number, into: Tally) {
  const actor = await demoActor(platform, enterpriseUsername);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const latencies = await runPool(count, lanes, async (i) => {
    const t = performance.now();
    await submitToFirstTask(platform, actor, offset + i);
    return performance.now() - t;
  });
  into.wallMs += performance.now() - start;
  const used = process.cpuUsage(cpu);
  into.cpuMs += (used.user + used.system) / 1000;
  into.cases += count;
  into.latencies.push(...latencies);
}

async function throughput(platform: Platform): Promise<Record<string, Tally>> {
  const tallies: Record<string, Tally> = {};
  const tally = (key: string) => (tallies[key] ??= { cases: 0, wallMs: 0, cpuMs: 0, latencies: [] });
  let offset = 0;
  for (const mode of modes) {
    await useMode(mode); // warm-up, unmeasured
    await intake(platform, 50, concurrency, (offset += 50), { cases: 0, wallMs: 0, cpuMs: 0, latencies: [] });
  }
  const perRound = Math.max(1, Math.floor(cases / rounds));
  for (let r = 0; r < rounds; r++) {
    for (const mode of r % 2 === 0 ? modes : [...modes].reverse()) {
      await useMode(mode);
      for (const lanes of [1, concurrency]) {
        await intake(platform, perRound, lanes, (offset += perRound), tally(`${mode} ×${lanes}`));
      }
    }
  }
  return tallies;
}

/** A second tenant whose admissibility rule runs away for one description. */
async function publishRunawayTenant(platform: Platform): Promise<void> {
  const raw = await loadDefinitionFolder(`definitions/${jurisdiction}`);
  const mechanism = structuredClone(raw.mechanism) as Mechanism;
  mechanism.id = runawayTenant;
  mechanism.routing.admissibility = `data.description = '${runawayText}' ? ($f := function($n){ $f($n + 1) }; $f(1)) : null`;
  await platform.publisher.publish({ ...raw, jurisdiction: runawayTenant, mechanism }, 'bench');
  await seedDemoDirectory(platform);
}

function submit(url: string, token: string, tenant: string, description: string, i: number) {
  return fetch(`${url}/jurisdictions/${tenant}/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ ...intakeBody(i), data: { ...validIntake, description } }),
  });
}

/**
 * Victim latencies while the other tenant submits `description` cases in lockstep: each victim
 * request goes out together with one of the other tenant's, so both phases put the same number of
 * the other tenant's requests beside the victim's (a back-to-back stream would send more of the
 * quickly refused runaway cases and measure that extra load instead of the runaway rule).
 */
async function alongside(url: string, victim: string, attacker: string, description: string, offset: number) {
  const out: number[] = [];
  for (let i = 0; i < victimRequests; i++) {
    const other = submit(url, attacker, runawayTenant, description, offset + i);
    const t = performance.now();
    const res = await submit(url, victim, jurisdiction, '生产经营中遇到的问题', offset + i);
    if (res.status !== 201) throw new Error(`victim submit: ${res.status} ${await res.text()}`);
    out.push(performance.now() - t);
    const o = await other;
    if (o.status !== 201) throw new Error(`other tenant submit: ${o.status} ${await o.text()}`);
  }
  return { latencies: summarize(out), submitted: victimRequests };
}

async function isolation(platform: Platform) {
  await useMode('bounded');
  await publishRunawayTenant(platform);
  const { server, url } = await listenForBench(platform);
  const victim = await benchLogin(url, enterpriseUsername);
  const attacker = await benchLogin(url, `${runawayTenant}-ent`);
  const benign = await alongside(url, victim, attacker, '生产经营中遇到的问题', 100_000);
  const runaway = await alongside(url, victim, attacker, runawayText, 200_000);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const incidents = await platform.incidents.open(runawayTenant);
  const quarantined = incidents.filter((i) => i.message.includes('隔离中')).length;
  return { benign, runaway, stopped: incidents.length - quarantined, quarantined };
}

function row(name: string, t: Tally): (string | number)[] {
  const l = summarize(t.latencies);
  const perSec = (t.cases * 1000) / t.wallMs;
  return [name, t.cases, round(perSec, 1), round(t.cpuMs / t.cases), round(l.p50Ms), round(l.p95Ms)];
}

function latencyRow(name: string, l: LatencySummary): (string | number)[] {
  return [name, l.count, round(l.p50Ms), round(l.p95Ms), round(l.p99Ms), round(l.maxMs)];
}

async function main(): Promise<void> {
  const dataDir = freshDataDir('bounded-eval');
  const platform = await openBenchPlatform(dataDir);
  const tallies = await throughput(platform);
  const iso = await isolation(platform);
  await platform.close();
  expressionEvaluator().close();
  rmSync(dirname(dataDir), { recursive: true, force: true });

  const rate = (key: string) => {
    const t = tallies[key] as Tally;
    return (t.cases * 1000) / t.wallMs;
  };
  const ratio = (mode: Mode, lanes: number) =>
    round(rate(`${mode} ×${lanes}`) / rate(`unbounded ×${lanes}`), 3);
  const ratios = {
    sequential: ratio('bounded', 1),
    concurrent: ratio('bounded', concurrency),
    workersSequential: ratio('workers', 1),
    workersConcurrent: ratio('workers', concurrency),
  };
  const m = machine();
  console.log(
    `\nbounded evaluation — intake (submit -> 'review' task) with and without the budget (${jurisdiction})`,
  );
  console.log(`${describeMachine(m)}\n`);
  const header = ['path', 'cases', 'cases/s', 'cpu ms/case', 'p50 ms', 'p95 ms'];
  console.log(textTable([header, ...Object.entries(tallies).map(([k, t]) => row(k, t))]));
  console.log(
    `\nbounded / unbounded throughput: sequential ${ratios.sequential}, concurrency ${concurrency} ${ratios.concurrent}` +
      ` (every rule on a worker: ${ratios.workersSequential}, ${ratios.workersConcurrent})`,
  );
  const cpuPerCase = (key: string) => (tallies[key] as Tally).cpuMs / (tallies[key] as Tally).cases;
  const cpuRatio = (mode: Mode, lanes: number) =>
    round(cpuPerCase(`unbounded ×${lanes}`) / cpuPerCase(`${mode} ×${lanes}`), 3);
  console.log(
    `unbounded / bounded cpu per case (all threads): sequential ${cpuRatio('bounded', 1)}, concurrency ${concurrency} ${cpuRatio('bounded', concurrency)}` +
      ` (every rule on a worker: ${cpuRatio('workers', 1)}, ${cpuRatio('workers', concurrency)})`,
  );
  console.log(
    `\n${jurisdiction}'s submissions over HTTP while '${runawayTenant}' submits one case beside each`,
  );
  console.log(
    textTable([
      ['victim requests', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      latencyRow(`beside benign cases (${iso.benign.submitted})`, iso.benign.latencies),
      latencyRow(`beside runaway cases (${iso.runaway.submitted})`, iso.runaway.latencies),
    ]),
  );
  console.log(
    `runaway rule: stopped on a worker ${iso.stopped}×, then answered from quarantine ${iso.quarantined}× (each an incident)`,
  );
  const phases = Object.fromEntries(
    Object.entries(tallies).map(([k, t]) => [
      k,
      { cases: t.cases, casesPerSec: round(rate(k), 1), cpuMsPerCase: round(t.cpuMs / t.cases) },
    ]),
  );
  console.log(
    `BENCH ${JSON.stringify({ bench: 'bounded-eval', cases, machine: m, phases, boundedToUnbounded: ratios, victim: { besideBenign: iso.benign.latencies, besideRunaways: iso.runaway.latencies }, stopped: iso.stopped, quarantined: iso.quarantined })}`,
  );
}

await main();
