#!/usr/bin/env node
// Gzipped size of the JS the inbox route loads (entry + its static imports + the inbox chunk),
// read from the Vite manifest of studio/dist. Fails over the budget (400 kB gzipped).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'studio/dist';
const budget = 400 * 1024;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const files = new Set();
function walk(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const dep of chunk.imports ?? []) walk(dep);
}
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const inbox = Object.keys(manifest).find((k) => /features\/inbox\/index\.tsx$/.test(k));
if (!entry || !inbox) throw new Error('entry or inbox chunk not in the manifest (build with manifest: true)');
walk(entry);
walk(inbox);
let total = 0;
for (const f of files) {
  const size = gzipSync(readFileSync(join(dist, f))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(8)} kB  ${f}`);
}
console.log(`inbox route JS: ${(total / 1024).toFixed(1)} kB gzipped (budget ${budget / 1024} kB)`);
process.exitCode = total > budget ? 1 : 0;
