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
  phases: { name: string; cases: number; casesPerSec: number }[];
}

test('npm run bench completes every phase of a short intake run', () => {
  // given a short run (20 cases in process, 5 over HTTP)
  const run = spawnSync('npx', ['tsx', 'bench/intake-throughput.ts'], {
    env: { ...process.env, BENCH_CASES: '20' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  // then it exits cleanly and reports four measured phases
  assert.equal(run.status, 0, run.stderr.slice(-2000));
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  assert.ok(line, run.stdout.slice(-2000));
  const result = JSON.parse(line.slice('BENCH '.length)) as BenchLine;
  assert.equal(result.bench, 'intake-throughput');
  assert.deepEqual(
    result.phases.map((p) => [p.name, p.cases]),
    [
      ['in-process sequential', 20],
      ['in-process concurrent', 20],
      ['http sequential', 5],
      ['http concurrent', 5],
    ],
  );
  for (const phase of result.phases) assert.ok(phase.casesPerSec > 0, phase.name);
});
