import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoPassword } from '../../server/demo/demo-directory.js';
import { startTestServer, type TestServer } from '../api/test-server.js';

describe('Hostile passwords (finding 7): a password cannot be changed back to a recent one', () => {
  let t: TestServer;
  let token: string;
  let current = demoPassword;

  /** Changes the password of `jiaxing-etdz-office` to `next`; on success continues with the fresh session. */
  const change = async (next: string) => {
    const r = await t.call('POST', '/api/v1/auth/password', token, {
      currentPassword: current,
      newPassword: next,
    });
    if (r.status === 200) {
      token = r.body.token as string;
      current = next;
    }
    return r;
  };

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', { security: { bcryptCost: 4 } });
    token = await t.login('jiaxing-etdz-office');
  });
  after(() => t.close());

  it('given a password changed from A to B, when changed back to A, then 400 password_reused with a Chinese message, and nothing changes', async () => {
    // given
    assert.equal((await change('Bravo2026x')).status, 200);
    // when
    const back = await change(demoPassword);
    // then
    assert.equal(back.status, 400);
    const error = back.body.error as { code: string; message: string; details: { path: string }[] };
    assert.equal(error.code, 'password_reused');
    assert.match(error.message, /新密码不能与最近 5 次使用过的密码相同/);
    assert.equal(error.details[0]?.path, '/newPassword');
    assert.equal((await t.call('GET', '/api/v1/me', token)).status, 200);
    const login = await t.call('POST', '/api/v1/auth/login', undefined, {
      username: 'jiaxing-etdz-office',
      password: 'Bravo2026x',
    });
    assert.equal(login.status, 200);
  });

  it('given five later passwords, when the first one is used again, then it is accepted (the history keeps the last five)', async () => {
    for (const next of ['Charlie2026x', 'Delta2026x', 'Echo2026x', 'Foxtrot2026x'])
      assert.equal((await change(next)).status, 200, next);
    // every one of the last five is refused
    for (const recent of ['Bravo2026x', 'Charlie2026x', 'Delta2026x', 'Echo2026x'])
      assert.equal((await change(recent)).status, 400, recent);
    // the demo password is six changes back now
    assert.equal((await change(demoPassword)).status, 200);
  });
});
