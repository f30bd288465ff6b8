// APP_PROCESSES > 1 on STORE=mongo: MongoStore keeps leases, rate-limit windows and the live feed in
// process memory (and its write journal takes one writer per database), so the real server entry must
// refuse to start several app processes on it — before it forks any or publishes to the database.
// Runs only when MONGO_URL is set (scripts/ci/ferretdb-conformance.sh).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MongoStore } from '../../runtime/store/mongo/mongo-store.js';
import { skippedSuite, unconfigured } from '../fixtures/skipped-suite.js';

const url = process.env['MONGO_URL'];

/** Runs `server/main.ts` to its exit; its exit code and everything it printed. */
function runServer(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

if (!url) {
  skippedSuite('APP_PROCESSES on MongoDB', 'needs a MongoDB-compatible server', unconfigured.mongo);
} else {
  void describe('APP_PROCESSES on MongoDB', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mongo-app-processes-'));
    const database = `app_processes_${process.pid}`;
    const mongoUrl = url.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
    after(() => rmSync(dataDir, { recursive: true, force: true }));

    void it('refuses APP_PROCESSES=2 with a message naming the setting, and serves no process', async () => {
      // given STORE=mongo on a real server, when the server entry starts with two app processes
      const { code, output } = await runServer({
        STORE: 'mongo',
        MONGO_URL: mongoUrl,
        APP_PROCESSES: '2',
        ENGINE: 'embedded',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO: 'false',
        LOG_LEVEL: 'error',
      });
      // then it exits non-zero, says why and what to set, and no app process ever listened
      assert.notEqual(code, 0, output);
      assert.match(output, /APP_PROCESSES=2 needs a store shared between processes/);
      assert.match(output, /set APP_PROCESSES=1/);
      assert.doesNotMatch(output, /app process \d+ listening/);
      // and nothing was published to the database it refused (it stopped before the definitions)
      const store = await MongoStore.open({ url: mongoUrl });
      try {
        assert.deepEqual(await store.definitions.jurisdictions(), []);
      } finally {
        await store.close();
      }
    });
  });
}
