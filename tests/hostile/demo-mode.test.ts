import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../server/config.js';
import { startE2eServer, type E2eServer } from '../e2e/e2e-server.js';

describe('Hostile demo mode (finding 7): accounts with a published password only when DEMO=true', () => {
  let server: E2eServer;

  before(async () => {
    // the real server process, started as the container starts it: no DEMO in the environment
    server = await startE2eServer('/nonexistent-studio', { DEMO: undefined });
  });
  after(() => server.close());

  it('given a server started without DEMO, when the login page asks for demo accounts, then none are listed and the published password signs nobody in', async () => {
    const listed = await server.call('GET', '/api/v1/auth/demo-users');
    assert.equal(listed.status, 200);
    assert.deepEqual(listed.body, []);
    for (const username of ['admin', 'jiaxing-etdz-admin', 'jiaxing-etdz-office']) {
      const r = await server.call('POST', '/api/v1/auth/login', undefined, {
        username,
        password: 'Demo@2026',
      });
      assert.equal(r.status, 401, username);
    }
  });

  it('given the configuration, the image and compose, then demo mode is off unless DEMO=true; only `npm start` turns it on', () => {
    assert.equal(loadConfig({}).demo, false);
    assert.equal(loadConfig({ DEMO: 'yes' }).demo, false);
    assert.equal(loadConfig({ DEMO: 'true' }).demo, true);
    assert.match(readFileSync('Dockerfile', 'utf8'), /^ENV .*\bDEMO=false\b/m);
    assert.doesNotMatch(readFileSync('docker-compose.yml', 'utf8'), /DEMO:\s*['"]?(\$\{DEMO:-)?true/);
    assert.match(readFileSync('scripts/start.mjs', 'utf8'), /DEMO: process\.env\.DEMO \?\? 'true'/);
  });
});
