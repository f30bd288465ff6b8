#!/usr/bin/env node
// Runs every `*.test.ts` under the given roots with node's test runner (via tsx) and prints
// `N passed, N failed` last. Usage: node scripts/run-tests.mjs [root ...]
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';

const defaultRoots = [
  'runtime',
  'server',
  'definitions',
  'tests/unit',
  'tests/api',
  'tests/scenarios',
  'tests/durability',
  'tests/hostile',
];
const roots = process.argv.slice(2).length ? process.argv.slice(2) : defaultRoots;

function collect(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.ts')) out.push(relative(process.cwd(), p));
  }
  return out;
}

const files = roots.flatMap((r) => (r.endsWith('.test.ts') ? [r] : collect(r, []))).sort();
if (files.length === 0) {
  console.error('no test files found under', roots.join(', '));
  process.exit(1);
}
// One counts file per run, so runs side by side (parallel CI steps, several shells) never mix.
const countsFile = join(tmpdir(), `test-counts-${process.pid}.json`);
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-reporter.mjs',
    `--test-reporter-destination=${countsFile}`,
    ...files,
  ],
  { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'test' } },
);
child.on('exit', async (code) => {
  const { readFileSync, rmSync } = await import('node:fs');
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    rmSync(countsFile);
  } catch {
    counts.failed += 1;
  }
  console.log(
    `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
  );
  process.exit(code === 0 && counts.failed === 0 ? 0 : 1);
});
