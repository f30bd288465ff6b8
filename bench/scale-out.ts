// Scale-out: app replicas (the real server entry, STORE=postgres) on the embedded engine and on the
// Temporal cluster, 1, 2 and 3 replicas, same machine, same run. Per step, after BENCH_WARMUP (10)
// untimed cases per replica (a fresh replica's first cases compile its code): cases/s and p50/p95 from
// the HTTP submission until its first task (review) is committed, task-completion p50/p95 (completing
// review until the handle task is committed), both spread round-robin over the replicas, BENCH_INFLIGHT
// (8) at a time; CPU ms per case (submission + completion) of the app processes and of the Temporal
// server processes (utime + stime from /proc/<pid>/stat). The bench polls PostgreSQL for the tasks
// (one query per 20 ms), so the replicas' CPU is theirs alone. One command: bash bench/scale-out.sh.
import { readFileSync, readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { validIntake } from '../tests/fixtures/jiaxing-etdz-intake.js';
import {
  call,
  clusterDir,
  startReplica,
  stopReplica,
  type HttpAnswer,
  type Replica,
} from '../tests/integration/replica-cluster.js';
import { startTcpBalancer } from '../tests/integration/tcp-balancer.js';
import { envInt } from './support/env-int.js';
import { round, summarize, type LatencySummary } from './support/latency.js';
import { describeMachine, machine } from './support/machine.js';
import { textTable } from './support/text-table.js';

const cases = envInt('BENCH_CASES', 60);
const inflight = envInt('BENCH_INFLIGHT', 8);
/** BENCH_WARMUP (10): untimed cases per replica before each step's measured ones. */
const warmup = envInt('BENCH_WARMUP', 10);
/** BENCH_ENGINES (embedded,temporal) and BENCH_REPLICAS (1,2,3): only the steps a comparison needs. */
const engines = (process.env['BENCH_ENGINES'] ?? 'embedded,temporal').split(',') as (
  'embedded' | 'temporal'
)[];
const replicaSteps = (process.env['BENCH_REPLICAS'] ?? '1,2,3').split(',').map(Number);
const pgUrl = process.env['PG_URL'] ?? '';
const frontends = (process.env['TEMPORAL_FRONTENDS'] ?? '').split(',').filter(Boolean);
const temporalPids = (process.env['TEMPORAL_NODE_PIDS'] ?? '').split(',').filter(Boolean).map(Number);
if (!pgUrl || frontends.length === 0) {
  console.error('needs PG_URL and TEMPORAL_FRONTENDS: run bash bench/scale-out.sh');
  process.exit(2);
}
// BENCH_CPU_PROF=<dir>: every replica writes a V8 CPU profile there when it stops (node --cpu-prof)
if (process.env['BENCH_CPU_PROF'])
  process.env['REPLICA_NODE_ARGS'] = `--cpu-prof --cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`;
const ticksPerMs = 100 / 1000; // USER_HZ

/** utime + stime of the processes, in ms (/proc/<pid>/stat fields 14 and 15). */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / ticksPerMs;
}

/** utime + stime per thread name (/proc/<pid>/task/<tid>/stat) of the processes, in ms: BENCH_THREADS=1. */
function threadCpuMs(pids: number[]): Map<string, number> {
  const byName = new Map<string, number>();
  for (const pid of pids)
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      } catch {
        continue; // the thread ended since the listing
      }
      const name =
        tid === String(pid) ? 'main' : `${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))} ${tid}`;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byName.set(name, (byName.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / ticksPerMs);
    }
  return byName;
}

interface Step {
  engine: string;
  replicas: number;
  casesPerSec: number;
  submit: LatencySummary;
  completion: LatencySummary;
  appCpuMsPerCase: number;
  engineCpuMsPerCase: number;
  /** Requests sent again after a 409 (busy instance, concurrent commit) or a 5xx. */
  retries: number;
}

/** Waits for `element`'s task of each case to be committed; resolves its task id. */
function taskWatcher(db: pg.Client) {
  const waiting = new Map<string, (taskId: string) => void>();
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const keys = [...waiting.keys()];
      if (keys.length) {
        const found = await db.query<{ k: string; id: string }>(
          `SELECT case_id || ' ' || element_id AS k, id FROM tasks WHERE status = 'open' AND case_id || ' ' || element_id = ANY($1)`,
          [keys],
        );
        for (const row of found.rows) {
          waiting.get(row.k)?.(row.id);
          waiting.delete(row.k);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    task: (caseId: string, element: string) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no ${element} task for ${caseId} in 120 s`)),
          120_000,
        );
        waiting.set(`${caseId} ${element}`, (id) => (clearTimeout(timer), resolve(id)));
      }),
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

/** A client's retry: the same request again after a 409 other than `task_not_open` (busy instance, a
 * concurrent commit) or a 5xx, 200 ms apart, at most 10 tries. */
async function withRetry(send: () => Promise<HttpAnswer>, counter: { retries: number }): Promise<HttpAnswer> {
  for (let attempt = 1; ; attempt++) {
    const answer = await send();
    const busy = answer.status >= 500 || (answer.status === 409 && answer.body['code'] !== 'task_not_open');
    if (!busy || attempt === 10) return answer;
    counter.retries++;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function inParallel(count: number, run: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: inflight }, async () => {
      while (next < count) await run(next++);
    }),
  );
  return performance.now() - started;
}

async function runEngine(engine: 'embedded' | 'temporal', steps: Step[]): Promise<void> {
  const schema = `bench_${engine}_${randomBytes(3).toString('hex')}`;
  const dir = clusterDir();
  const balancer = engine === 'temporal' ? await startTcpBalancer(frontends) : undefined;
  const db = new pg.Client({ connectionString: pgUrl, options: `-c search_path=${schema}` });
  await db.connect();
  const options = { pgUrl, schema, leaseSeconds: 30, engine, temporalAddress: balancer?.address };
  const replicas: Replica[] = [];
  try {
    for (const n of replicaSteps) {
      while (replicas.length < n)
        replicas.push(await startReplica(`r${replicas.length + 1}`, options, dir.dir, 300_000));
      const login = async (username: string) =>
        (
          await call(replicas[0] as Replica, 'POST', '/api/v1/auth/login', undefined, {
            username,
            password: 'Demo@2026',
          })
        ).body.token as string;
      const enterprise = await login('jiaxing-etdz-ent');
      const office = await login('jiaxing-etdz-office');
      const appPids = replicas.map((r) => r.process.pid as number);
      const watcher = taskWatcher(db);
      const counter = { retries: 0 };
      /** `count` cases submitted, then their review completed; `key` keeps a round's idempotency keys its own. */
      const runCases = async (count: number, key: string) => {
        const submitMs: number[] = [];
        const ids: string[] = [];
        const wall = await inParallel(count, async (i) => {
          const t0 = performance.now();
          const answer = await withRetry(
            () =>
              call(
                replicas[i % n] as Replica,
                'POST',
                '/api/v1/jurisdictions/jiaxing-etdz/cases',
                enterprise,
                { channel: 'hotline', title: `压测 ${n}-${i}`, data: validIntake },
                { 'idempotency-key': `${schema}-${key}-${n}-${i}` },
              ),
            counter,
          );
          if (answer.status !== 201)
            throw new Error(`submission answered ${answer.status} ${JSON.stringify(answer.body)}`);
          const caseId = answer.body.id as string;
          const taskId = await watcher.task(caseId, 'review');
          submitMs.push(performance.now() - t0);
          ids[i] = `${caseId} ${taskId}`;
        });
        const completionMs: number[] = [];
        await inParallel(count, async (i) => {
          const [caseId, taskId] = (ids[i] as string).split(' ') as [string, string];
          // 认领后办理: a task is worked only by who claimed it (its holder may claim again); the claim
          // is not part of the completion's latency
          const claimed = await withRetry(
            () => call(replicas[(i + 1) % n] as Replica, 'POST', `/api/v1/tasks/${taskId}/claim`, office),
            counter,
          );
          if (claimed.status !== 200)
            throw new Error(`claim answered ${claimed.status} ${JSON.stringify(claimed.body)}`);
          const t0 = performance.now();
          const answer = await withRetry(
            () =>
              call(replicas[(i + 1) % n] as Replica, 'POST', `/api/v1/tasks/${taskId}/complete`, office, {
                data: { decision: 'accept', requestClass: 'professional' },
              }),
            counter,
          );
          // 409 task_not_open after a retry: an earlier try completed it
          const done =
            answer.status === 200 || (answer.body['code'] === 'task_not_open' && counter.retries > 0);
          if (!done) throw new Error(`completion answered ${answer.status} ${JSON.stringify(answer.body)}`);
          await watcher.task(caseId, 'handle');
          completionMs.push(performance.now() - t0);
        });
        return { wall, submitMs, completionMs };
      };
      // a replica's first cases compile its code paths (V8's JIT, lazily loaded modules) and grow its
      // heap: a step's replicas are warmed up untimed first, so CPU per case compares steady states
      if (warmup > 0) await runCases(warmup * n, `${steps.length}-warmup`);
      counter.retries = 0;
      const cpu0 = [cpuMs(appPids), cpuMs(temporalPids)];
      const threads0 = threadCpuMs(appPids);
      const { wall, submitMs, completionMs } = await runCases(cases, String(steps.length));
      const cpu1 = [cpuMs(appPids), cpuMs(temporalPids)];
      if (process.env['BENCH_THREADS']) {
        const perCase = [...threadCpuMs(appPids)].map(([name, ms]) => [
          name,
          (ms - (threads0.get(name) ?? 0)) / cases,
        ]);
        console.error(
          `${engine}, ${n}: app cpu ms/case by thread ${JSON.stringify(perCase.filter(([, ms]) => Number(ms) > 0.5))}`,
        );
      }
      await watcher.stop();
      steps.push({
        engine,
        replicas: n,
        casesPerSec: cases / (wall / 1000),
        submit: summarize(submitMs),
        completion: summarize(completionMs),
        appCpuMsPerCase: ((cpu1[0] as number) - (cpu0[0] as number)) / cases,
        engineCpuMsPerCase: engine === 'temporal' ? ((cpu1[1] as number) - (cpu0[1] as number)) / cases : 0,
        retries: counter.retries,
      });
      console.error(`${engine}, ${n} replica(s): ${round(cases / (wall / 1000))} cases/s`);
    }
  } finally {
    await Promise.all(replicas.map(stopReplica));
    await balancer?.close();
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await db.end();
    dir.remove();
  }
}

const atStart = machine();
const steps: Step[] = [];
for (const engine of engines) await runEngine(engine, steps);
const embeddedAt = (n: number) => steps.find((s) => s.engine === 'embedded' && s.replicas === n);
const ms = (l: LatencySummary) => `${round(l.p50Ms, 0)} / ${round(l.p95Ms, 0)}`;
console.log(
  textTable([
    [
      'engine',
      'replicas',
      'cases/s',
      '÷ embedded',
      'submit→task p50/p95 ms',
      'complete p50/p95 ms',
      'app cpu ms/case',
      'temporal cpu ms/case',
      'retries',
    ],
    ...steps.map((s) => [
      s.engine,
      s.replicas,
      round(s.casesPerSec, 1),
      round(s.casesPerSec / (embeddedAt(s.replicas)?.casesPerSec ?? s.casesPerSec), 2),
      ms(s.submit),
      ms(s.completion),
      round(s.appCpuMsPerCase, 1),
      round(s.engineCpuMsPerCase, 1),
      s.retries,
    ]),
  ]),
);
console.log(
  `${cases} cases per step, ${inflight} in flight; ${describeMachine(atStart)} at start, ${describeMachine(machine())} at end`,
);
console.log(
  `BENCH ${JSON.stringify({ bench: 'scale-out', cases, inflight, machineAtStart: atStart, machineAtEnd: machine(), steps })}`,
);
