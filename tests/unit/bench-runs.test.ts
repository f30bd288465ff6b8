/**
 * `npm run bench`, the README's benchmark command, keeps running (issue 14: it broke silently when
 * intake got a rate limit). A short run of every phase; its numbers are not judged here — speed
 * targets live in bench/ — only that each phase measured what it says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

interface BenchLine {
  bench: string;
  cases: number;
  floor: { name: string; count: number; perSec: number }[];
  phases: { name: string; count: number; perSec: number }[];
}

test('npm run bench completes every phase of a short intake run', () => {
  // given a short run (20 cases in process and on the raw floor, 5 over HTTP, 5 completions, 50 timers,
  // 5 over HTTP against the server entry with 2 app processes)
  const run = spawnSync('npx', ['tsx', 'bench/intake-throughput.ts'], {
    env: { ...process.env, BENCH_CASES: '20', BENCH_TIMERS: '50', BENCH_APP_PROCESSES: '2' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  // then it exits cleanly and reports the floor and every measured phase
  assert.equal(run.status, 0, run.stderr.slice(-2000));
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  assert.ok(line, run.stdout.slice(-2000));
  const result = JSON.parse(line.slice('BENCH '.length)) as BenchLine;
  assert.equal(result.bench, 'intake-throughput');
  assert.deepEqual(
    [...result.floor, ...result.phases].map((p) => [p.name, p.count]),
    [
      ['bpmn-engine floor sequential', 20],
      ['bpmn-engine floor concurrent', 20],
      ['in-process sequential', 20],
      ['in-process concurrent', 20],
      ['http sequential', 5],
      ['http concurrent', 5],
      ['task completion sequential', 5],
      ['task completion concurrent', 5],
      ['timer wave (runDue)', 50],
      ['http, APP_PROCESSES=2', 5],
    ],
  );
  for (const phase of [...result.floor, ...result.phases]) assert.ok(phase.perSec > 0, phase.name);
});
