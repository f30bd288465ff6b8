// Engine comparison: the embedded engine vs a Zeebe broker, same machine, same run, same cases.
// Cases/s from `submit` to the first user task visible in the store (the Zeebe adapter polls with
// `runDue` until it is), and task-completion latency (completing `review` until the engine has
// settled: the next task visible). Prints both and the embedded/Zeebe ratio.
// Run against a licensed Zeebe broker you run yourself (README, "Zeebe adapter"): export ZEEBE_ADDRESS,
// ZEEBE_RECORDS_FILE (and ZEEBE_MANAGEMENT_URL), then npx tsx bench/engine-compare.ts
// (BENCH_CASES, default 200). Without ZEEBE_ADDRESS it exits saying so.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createEmbeddedPlatform } from '../runtime/bootstrap/embedded-platform.js';
import type { Platform } from '../runtime/bootstrap/platform.js';
import { createZeebePlatform, zeebeEnvironment } from '../runtime/bootstrap/zeebe-platform.js';
import type { Actor } from '../runtime/cases/actor.js';
import { loadDefinitionFolder } from '../runtime/definitions/definition-loader.js';
import { seedDemoDirectory } from '../server/demo/demo-directory.js';
import {
  demoActor,
  enterpriseUsername,
  freshDataDir,
  intakeBody,
  jurisdiction,
} from './support/bench-platform.js';
import { envInt } from './support/env-int.js';
import { firstTaskElement } from './support/first-task.js';
import { round, summarize, type LatencySummary } from './support/latency.js';
import { describeMachine, machine } from './support/machine.js';
import { textTable } from './support/text-table.js';

const cases = envInt('BENCH_CASES', 200);
const definitionDir = fileURLToPath(new URL(`../definitions/${jurisdiction}`, import.meta.url));
const office: Actor = {
  id: 'bench-office',
  displayName: 'bench-office',
  roles: ['handler'],
  groups: ['qifuban'],
  jurisdiction,
  enterpriseId: null,
};

interface EngineResult {
  engine: string;
  cases: number;
  casesPerSec: number;
  submitToTask: LatencySummary;
  completion: LatencySummary;
}

async function openTask(platform: Platform, caseId: string, element: string) {
  const open = await platform.store.tasks.list({ jurisdiction, caseId, status: 'open' });
  return open.items.find((t) => t.elementId === element) ?? null;
}

/** Run the engine until the case's task is visible (at most `rounds` runDue calls). */
async function untilTask(platform: Platform, caseId: string, element: string) {
  for (let round = 0; round < 1000; round++) {
    const task = await openTask(platform, caseId, element);
    if (task) return task;
    await platform.engine.runDue();
  }
  throw new Error(`case ${caseId}: no open '${element}' task`);
}

async function settle(platform: Platform): Promise<void> {
  for (let round = 0; round < 1000; round++) if ((await platform.engine.runDue()) === 0) return;
  throw new Error('engine did not settle');
}

async function measure(engine: string, platform: Platform): Promise<EngineResult> {
  await platform.publisher.publish(await loadDefinitionFolder(definitionDir), 'bench');
  await seedDemoDirectory(platform);
  const enterprise = await demoActor(platform, enterpriseUsername);
  const submitMs: number[] = [];
  const completeMs: number[] = [];
  const ids: string[] = [];
  const start = performance.now();
  for (let i = 0; i < cases; i++) {
    const t0 = performance.now();
    const kase = await platform.cases.submit({ jurisdiction, ...intakeBody(i) }, enterprise);
    await untilTask(platform, kase.id, firstTaskElement);
    submitMs.push(performance.now() - t0);
    ids.push(kase.id);
  }
  const wallMs = performance.now() - start;
  for (const id of ids) {
    const task = await untilTask(platform, id, firstTaskElement);
    const t0 = performance.now();
    await platform.tasks.complete(task.id, { decision: 'accept', requestClass: 'common' }, office);
    await settle(platform);
    completeMs.push(performance.now() - t0);
  }
  return {
    engine,
    cases,
    casesPerSec: cases / (wallMs / 1000),
    submitToTask: summarize(submitMs),
    completion: summarize(completeMs),
  };
}

async function withPlatform(label: string, open: (dataDir: string) => Promise<Platform>, engine: string) {
  const dataDir = freshDataDir(label);
  const platform = await open(dataDir);
  try {
    return await measure(engine, platform);
  } finally {
    await platform.close();
    rmSync(dirname(dataDir), { recursive: true, force: true });
  }
}

const zeebe = zeebeEnvironment();
if (!zeebe) {
  console.log('ZEEBE_ADDRESS not set: point it at your own licensed Zeebe broker (README, Zeebe adapter)');
  process.exit(0);
}
console.log(describeMachine(machine()));
const embedded = await withPlatform(
  'embedded',
  async (dataDir) => createEmbeddedPlatform({ dataDir }),
  'embedded',
);
// Wall clock on the broker too: no controlled-clock pinning in the benchmark.
const onZeebe = await withPlatform(
  'zeebe',
  (dataDir) => createZeebePlatform({ ...zeebe, managementUrl: null, dataDir, cancelInstancesOnClose: true }),
  'zeebe',
);
const rows = [embedded, onZeebe].map((r) => [
  r.engine,
  String(r.cases),
  String(round(r.casesPerSec, 1)),
  String(round(r.submitToTask.p50Ms)),
  String(round(r.submitToTask.p95Ms)),
  String(round(r.completion.p50Ms)),
  String(round(r.completion.p95Ms)),
]);
console.log(
  textTable([
    ['engine', 'cases', 'cases/s', 'submit→task p50 ms', 'p95 ms', 'complete p50 ms', 'p95 ms'],
    ...rows,
  ]),
);
const ratio = embedded.casesPerSec / onZeebe.casesPerSec;
console.log(`embedded/zeebe cases/s ratio: ${round(ratio, 2)}`);
console.log(
  `BENCH ${JSON.stringify({ bench: 'engine-compare', machine: machine(), embedded, zeebe: onZeebe, ratio: round(ratio, 3) })}`,
);
