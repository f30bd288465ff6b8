import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RecoverReport } from './recover-child.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const childScript = fileURLToPath(new URL('./recover-child.ts', import.meta.url));

/** Run `recover-child.ts` in a new node process over `dataDir`, completing `taskIds`; its report. */
export async function recoverInFreshProcess(dataDir: string, taskIds: string[]): Promise<RecoverReport> {
  const args = ['--expose-gc', '--import', 'tsx', childScript, dataDir, ...taskIds];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`recover child exited with ${code}: ${out}`);
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as RecoverReport;
}
