import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { may, type Action } from '../../server/auth/permissions.js';
import { startTestServer, type TestServer } from '../api/test-server.js';

describe('Hostile request bodies (finding 7): a route that declares a body answers 400 without one, never 500', () => {
  let t: TestServer;
  const staff: Record<string, { token: string; roles: string[] }> = {};

  before(async () => {
    t = await startTestServer();
    for (const [username, roles] of [
      ['admin', ['platform-admin']],
      ['jiaxing-etdz-admin', ['jurisdiction-admin']],
      ['jiaxing-etdz-office', ['dispatcher', 'handler']],
      ['jiaxing-etdz-leader', ['leader', 'handler']],
      ['jiaxing-etdz-ent', ['enterprise']],
    ] as const)
      staff[username] = { token: await t.login(username), roles: [...roles] };
  });
  after(() => t.close());

  it('given POST /tasks/:id/urge without a body, when a leader urges, then 400 invalid_body at the root', async () => {
    const urged = await t.call('POST', '/api/v1/tasks/task-1/urge', staff['jiaxing-etdz-leader']?.token);
    assert.equal(urged.status, 400, JSON.stringify(urged.body));
    const error = urged.body.error as { code: string; details: { path: string }[] };
    assert.equal(error.code, 'invalid_body');
    assert.equal(error.details[0]?.path, '');
  });

  it('given every POST/PUT route with a body, when called without one by a role it admits, then 400 invalid_body', async () => {
    let checked = 0;
    for (const route of t.app.api.routes) {
      if (!route.body || route.permission === 'public') continue;
      const caller = Object.values(staff).find((s) => may({ roles: s.roles }, route.permission as Action));
      assert.ok(caller, `nobody may call ${route.path}`);
      const path = route.path.replace(':j', 'jiaxing-etdz').replace(/:[a-zA-Z]+/g, 'x');
      const r = await t.call(route.method.toUpperCase(), path, caller.token);
      assert.equal(r.status, 400, `${route.method} ${route.path}: ${JSON.stringify(r.body)}`);
      assert.equal((r.body.error as { code: string }).code, 'invalid_body', route.path);
      checked++;
    }
    assert.ok(checked > 20, `${checked} routes`);
  });
});
