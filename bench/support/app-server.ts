// The real server entry (`server/main.ts`) as its own process tree for benchmark phases: APP_PROCESSES
// app processes on one fresh SQLite file, rate limits lifted (see bench-server.ts). CPU time is read
// from /proc for the primary and every app process (Linux), so it counts the server alone, not the
// benchmark's HTTP client.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { SqliteStore } from '../../runtime/store/sqlite/sqlite-store.js';
import { freshDataDir } from './bench-platform.js';

export interface AppServer {
  /** …/api/v1 */
  url: string;
  /** A connection of this process on the server's file, to read results back. */
  store: SqliteStore;
  /** CPU time (user + system) of the server's processes so far, ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

const tickMs = 10; // USER_HZ = 100 on Linux

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function processCpuMs(pid: number): number {
  try {
    // fields after the command's closing parenthesis: state is field 3, utime 14, stime 15
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * tickMs;
  } catch {
    return 0;
  }
}

export async function startAppServer(processes: number): Promise<AppServer> {
  const dataDir = freshDataDir(`app-server-${processes}`);
  const port = await freePort();
  const child = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      APP_PROCESSES: String(processes),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: 'true',
      BCRYPT_COST: '4',
      RATE_LIMIT_INTAKE: '100000',
      RATE_LIMIT_LOGIN: '10000',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const listening = () => [...output.matchAll(/app process (\d+) listening/g)].map((m) => Number(m[1]));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 300_000;
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready && (processes === 1 || listening().length === processes)) break;
    if (child.exitCode !== null || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the app server (${processes} processes) did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const store = SqliteStore.open({ file: join(dataDir, 'platform.db') });
  const pids = () => [child.pid ?? 0, ...listening()];
  return {
    url: `${url}/api/v1`,
    store,
    cpuMs: () => pids().reduce((sum, pid) => sum + processCpuMs(pid), 0),
    stop: async () => {
      await store.close();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dirname(dataDir), { recursive: true, force: true });
    },
  };
}
