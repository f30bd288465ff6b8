#!/usr/bin/env node
// `npm start`: builds what is missing or stale (server TypeScript -> dist/, studio -> studio/dist/),
// then serves API + studio on one port with the embedded engine and store.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync, spawn } from 'node:child_process';

function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const serverEntry = 'dist/server/main.js';
const serverBuilt = existsSync(serverEntry) ? statSync(serverEntry).mtimeMs : 0;
if (serverBuilt < Math.max(newest('runtime'), newest('server'))) {
  console.log('building server…');
  run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
  run(process.execPath, ['scripts/copy-assets.mjs']);
}
const studioBuilt = existsSync('studio/dist/index.html') ? statSync('studio/dist/index.html').mtimeMs : 0;
if (existsSync('studio/index.html') && studioBuilt < newest('studio')) {
  console.log('building studio…');
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', 'studio', '--logLevel', 'warn']);
}
// Local use seeds the demo accounts unless DEMO says otherwise; the image and compose never do.
const env = { ...process.env, DEMO: process.env.DEMO ?? 'true' };
// A larger young generation: engine steps allocate many short-lived messages (bench/README.md).
const child = spawn(process.execPath, ['--max-semi-space-size=64', serverEntry], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
