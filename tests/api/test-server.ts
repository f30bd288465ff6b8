import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createEmbeddedPlatform } from '../../runtime/bootstrap/embedded-platform.js';
import { loadDefinitions } from '../../runtime/bootstrap/load-definitions.js';
import { draftChecks } from '../../runtime/scenarios/draft-checks.js';
import type { Platform } from '../../runtime/bootstrap/platform.js';
import { ManualClock } from '../../runtime/common/clock.js';
import { createApp, type App, type AppOptions } from '../../server/app.js';
import { seedDemoDirectory, demoPassword } from '../../server/demo/demo-directory.js';
import { openTestStore } from './test-store.js';
import { jsonCall } from '../fixtures/json-call.js';
import { validIntake } from '../fixtures/jiaxing-etdz-intake.js';

export interface TestServer {
  url: string;
  platform: Platform;
  clock: ManualClock;
  app: App;
  login(username: string): Promise<string>;
  /** Submits a 嘉兴经开区 request with the valid intake form (as `token`); the new case's id. */
  submitCase(token: string, channel: string, title: string): Promise<string>;
  /** 重试: asks for a 嘉兴经开区 engine incident to be retried (as `token`); the raw response. */
  retryIncident(
    token: string,
    incidentKey: string,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Stops this server and starts a fresh process's worth of it on the same data (clock kept). */
  restart(): Promise<TestServer>;
  call(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

/**
 * A real server on an ephemeral loopback port over a real SQLite file (or PostgreSQL, see
 * `test-store.ts`), with the 嘉兴经开区 definition and a second tenant (a renamed copy) to prove isolation.
 */
export async function startTestServer(
  startAt = '2026-03-13T01:00:00.000Z',
  options: Partial<AppOptions> = {},
  /** Further jurisdictions (folders under definitions/) to load beside the two default tenants. */
  jurisdictions: readonly string[] = [],
): Promise<TestServer> {
  const root = mkdtempSync(join(tmpdir(), 'api-test-'));
  const defs = join(root, 'definitions');
  cpSync('definitions/jiaxing-etdz', join(defs, 'jiaxing-etdz'), { recursive: true });
  for (const j of jurisdictions) cpSync(join('definitions', j), join(defs, j), { recursive: true });
  cpSync('definitions/_shared', join(defs, '_shared'), { recursive: true });
  cpSync('definitions/jiaxing-etdz', join(defs, 'other-zone'), { recursive: true });
  const mechanismFile = join(defs, 'other-zone', 'mechanism.json');
  const mechanism = JSON.parse(readFileSync(mechanismFile, 'utf8')) as {
    id: string;
    name: { zh: string; en: string };
  };
  writeFileSync(
    mechanismFile,
    JSON.stringify({ ...mechanism, id: 'other-zone', name: { zh: '另一园区', en: 'Other zone' } }),
  );
  return serve(root, new ManualClock(startAt), options);
}

async function serve(root: string, clock: ManualClock, options: Partial<AppOptions>): Promise<TestServer> {
  const defs = join(root, 'definitions');
  // TEST_STORE=postgres: a fresh schema per serve (a restart test is SQLite-only there)
  const testStore = await openTestStore();
  const platform = createEmbeddedPlatform({
    dataDir: join(root, 'data'),
    clock,
    ...(testStore ? { store: testStore.store } : {}),
  });
  await loadDefinitions(platform, defs, (dir) => draftChecks(dir, false));
  const demoUsers = await seedDemoDirectory(platform);
  const app = createApp(platform, {
    authSecret: 'test-secret',
    sessionHours: 1,
    studioDir: null,
    demoUsers,
    log: () => undefined,
    processMetrics: false,
    attachments: { dir: join(root, 'data', 'attachments') },
    ...options,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call: TestServer['call'] = async (method, path, token, body, headers = {}) => {
    const res = await jsonCall(url, method, path, token, body, headers);
    return { status: res.status, body: (res.body ?? {}) as Record<string, unknown> };
  };
  const stop = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await platform.close();
    await testStore?.drop();
  };
  return {
    url,
    platform,
    clock,
    app,
    call,
    async restart() {
      await stop();
      return serve(root, clock, options);
    },
    async login(username) {
      const r = await call('POST', '/api/v1/auth/login', undefined, { username, password: demoPassword });
      if (r.status !== 200) throw new Error(`login ${username}: ${JSON.stringify(r.body)}`);
      return r.body.token as string;
    },
    async submitCase(token, channel, title) {
      const r = await call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', token, {
        channel,
        title,
        data: validIntake,
      });
      return r.body.id as string;
    },
    retryIncident: (token, incidentKey) =>
      call(
        'POST',
        `/api/v1/jurisdictions/jiaxing-etdz/incidents/${encodeURIComponent(incidentKey)}/retry`,
        token,
      ),
    async close() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export { validIntake };
