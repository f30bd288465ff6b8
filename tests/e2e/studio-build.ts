import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path))
    if (name !== 'dist' && name !== 'node_modules') t = Math.max(t, newest(join(path, name)));
  return t;
}

/** Builds the studio (`vite build studio`) when studio/dist is missing or older than its sources. */
export function buildStudioIfStale(): string {
  const index = 'studio/dist/index.html';
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built < newest('studio')) {
    console.log('building studio…');
    const r = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', 'studio', '--logLevel', 'warn'],
      {
        stdio: 'inherit',
      },
    );
    if (r.status !== 0) throw new Error('studio build failed');
  }
  return 'studio/dist';
}
