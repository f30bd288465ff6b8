import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validIntake, startTestServer, type TestServer } from '../api/test-server.js';

describe('Hostile audit flooding (finding 7): anonymous requests cannot grow the audit log without end', () => {
  let t: TestServer;
  const rows = async () => (await t.platform.store.audit.list({ limit: 1 })).total;
  const login = (username: string, password: string) =>
    t.call('POST', '/api/v1/auth/login', undefined, { username, password });

  before(async () => {
    // the login rate limit raised, so it does not hide what the audit trail itself writes
    t = await startTestServer('2026-03-13T01:00:00.000Z', { security: { rateLimitLogin: 100_000 } });
  });
  after(() => t.close());

  it('given 200 unauthenticated POSTs to state-changing routes, when answered, then no audit row is appended', async () => {
    const before = await rows();
    const targets = [
      '/api/v1/jurisdictions/jiaxing-etdz/cases',
      '/api/v1/tasks/task-1/complete',
      '/api/v1/jurisdictions/jiaxing-etdz/definitions/1/republish',
      '/api/v1/no/such/route',
    ];
    for (let i = 0; i < 200; i++) {
      const r = await t.call('POST', targets[i % targets.length] ?? '', undefined, {
        channel: 'hotline',
        title: '洪水',
        data: validIntake,
      });
      assert.ok([401, 404].includes(r.status), String(r.status));
    }
    assert.equal(await rows(), before);
  });

  it('given 200 failed logins for admin from one address, when answered, then at most 10 audit rows, and the real sign-in is still recorded', async () => {
    const before = await rows();
    for (let i = 0; i < 200; i++) {
      const r = await login('admin', `guess-${i}`);
      assert.ok([401, 423].includes(r.status), String(r.status));
    }
    assert.ok((await rows()) - before <= 10, `${(await rows()) - before} rows`);
    // a successful sign-in (another account) is always recorded
    const mid = await rows();
    await t.login('jiaxing-etdz-office');
    assert.equal(await rows(), mid + 1);
  });

  it('given failed logins for 20 different usernames from one address, when answered, then at most 10 audit rows', async () => {
    t.clock.advance(16 * 60_000); // a fresh throttle window
    const before = await rows();
    for (let i = 0; i < 20; i++) assert.equal((await login(`nobody-${i}`, 'x')).status, 401);
    assert.ok((await rows()) - before <= 10, `${(await rows()) - before} rows`);
  });
});
