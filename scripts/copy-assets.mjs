#!/usr/bin/env node
// tsc emits JavaScript only: copy the JSON assets runtime code reads at run time (e.g. the
// published mechanism.schema.json) and the plain-JavaScript modules (the expression workers'
// runtime/expressions/*.mjs) next to the compiled files in dist/.
import { cpSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

function copyJson(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'fixtures') continue;
    if (statSync(p).isDirectory()) copyJson(p);
    else if (name.endsWith('.json') || name.endsWith('.mjs')) {
      mkdirSync(dirname(join('dist', p)), { recursive: true });
      cpSync(p, join('dist', p));
    }
  }
}
copyJson('runtime');
