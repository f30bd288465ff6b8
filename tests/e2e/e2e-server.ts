import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonCall } from '../fixtures/json-call.js';

export interface E2eServer {
  url: string;
  /** One JSON call with a bearer token (setup steps that are not under test). */
  call(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }>;
  login(username: string): Promise<string>;
  /** The server's output so far, and its exit code if it has stopped (to explain a failed step). */
  status(): { log: string; exitCode: number | null };
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100)); // polling a child process start-up, not test time
  }
  throw new Error('server did not become healthy in 60 s');
}

/**
 * The national-calendar journey needs an open request whose deadline reaches into next years'
 * holidays. 苏州's text sets no handling limit (its classes have none, 7. 及时高效响应), so the
 * browser journeys' copy gives 一般性诉求 a 365-working-day limit, marked as a platform default a
 * jurisdiction may set; 苏州's own scenarios (which prove it has no limit) are left out of the copy,
 * as the publish gate's scenario rehearsal would rightly refuse it.
 */
function withLongGeneralLimit(folder: string): void {
  const file = join(folder, 'mechanism.json');
  const mechanism = JSON.parse(readFileSync(file, 'utf8')) as {
    requestClasses: { id: string; workingDays: number | null; limitWording?: string; sources?: object }[];
  };
  const general = mechanism.requestClasses.find((c) => c.id === 'general');
  if (!general) throw new Error('苏州 has no 一般性诉求 class');
  general.workingDays = 365;
  delete general.limitWording;
  general.sources = {
    workingDays: {
      kind: 'default',
      note: 'e2e fixture: a long limit so a deadline reaches provisional years',
    },
  };
  writeFileSync(file, JSON.stringify(mechanism, null, 2));
  rmSync(join(folder, 'scenarios'), { recursive: true, force: true });
}

/**
 * The real server (server/main.ts) as a child process on a free port, over a fresh temp data dir
 * with the 嘉兴经开区 and 苏州 definitions and the shared building blocks, serving the built studio.
 */
export async function startE2eServer(
  studioDir: string,
  /** Environment beside the defaults below (an undefined value removes the variable). */
  env: Record<string, string | undefined> = {},
  /** The port to serve on (default: a free one). */
  chosenPort?: number,
): Promise<E2eServer> {
  const root = mkdtempSync(join(tmpdir(), 'e2e-'));
  const defs = join(root, 'definitions');
  cpSync('definitions/jiaxing-etdz', join(defs, 'jiaxing-etdz'), { recursive: true });
  // The tour's admin changes 专业类 from 5 to 3 working days, which 经开区's own scenarios (quoting the
  // 5-day clause) rightly refuse at publish; the browser journeys work on a copy without them. The
  // publish gate's scenario rehearsal is proved by tests/hostile/breaking-change.test.ts.
  rmSync(join(defs, 'jiaxing-etdz', 'scenarios'), { recursive: true, force: true });
  cpSync('definitions/suzhou', join(defs, 'suzhou'), { recursive: true });
  withLongGeneralLimit(join(defs, 'suzhou'));
  cpSync('definitions/_shared', join(defs, '_shared'), { recursive: true });
  const port = chosenPort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(root, 'data'),
      DEFINITIONS_DIR: defs,
      STUDIO_DIR: studioDir,
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret',
      POLL_INTERVAL_MS: '200',
      DEMO: 'true',
      // every journey's people sign in from 127.0.0.1; in use they come from their own addresses
      // (the per-address login limit itself is proven by tests/api and tests/hostile)
      RATE_LIMIT_LOGIN: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  try {
    await waitHealthy(url, child);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${(e as Error).message}\n${log}`, { cause: e });
  }
  const call: E2eServer['call'] = async (method, path, token, body) => {
    const res = await jsonCall(url, method, path, token, body);
    return { status: res.status, body: res.body ?? null };
  };
  return {
    url,
    call,
    async login(username) {
      const r = await call('POST', '/api/v1/auth/login', undefined, { username, password: 'Demo@2026' });
      if (r.status !== 200) throw new Error(`login ${username}: ${JSON.stringify(r.body)}`);
      return (r.body as { token: string }).token;
    },
    status: () => ({ log, exitCode: child.exitCode }),
    async close() {
      if (child.exitCode !== null) return rmSync(root, { recursive: true, force: true });
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
