import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoPassword } from '../../server/demo/demo-directory.js';
import { startTestServer, type TestServer } from '../api/test-server.js';

const minutes = (n: number) => n * 60_000;

describe('Hostile lockout (finding 7): guessing from one address cannot lock the owner out elsewhere', () => {
  let t: TestServer;
  /** A sign-in from a client address (the server trusts one proxy hop, so X-Forwarded-For names it). */
  const login = (from: string, username: string, password = demoPassword) =>
    t.call('POST', '/api/v1/auth/login', undefined, { username, password }, { 'x-forwarded-for': from });

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', {
      security: { trustProxy: 1, rateLimitLogin: 30, bcryptCost: 4 },
    });
  });
  after(() => t.close());

  it('given five bad passwords for admin from one address, when the real admin signs in from another, then 200 — while the attacker is locked (423)', async () => {
    // given
    for (let i = 0; i < 4; i++) assert.equal((await login('203.0.113.7', 'admin', `guess-${i}`)).status, 401);
    assert.equal((await login('203.0.113.7', 'admin', 'guess-4')).status, 423);
    // when / then
    assert.equal((await login('198.51.100.20', 'admin')).status, 200);
    assert.equal((await login('203.0.113.7', 'admin')).status, 423);
  });

  it('given an attacker who keeps guessing after the lock ends, when locked again, then each lock lasts twice as long (backoff)', async () => {
    const user = 'jiaxing-etdz-admin';
    const guess = async (n: number) => {
      for (let i = 0; i < n; i++) await login('203.0.113.8', user, `guess-${i}`);
    };
    await guess(5); // first lock: 15 minutes
    t.clock.advance(minutes(15));
    assert.equal((await login('203.0.113.8', user, 'again')).status, 401);
    await guess(4); // second lock: 30 minutes
    t.clock.advance(minutes(16));
    assert.equal((await login('203.0.113.8', user)).status, 423);
    t.clock.advance(minutes(14));
    assert.equal((await login('203.0.113.8', user)).status, 200);
  });

  it('given many attempts from one address, when over the login rate limit, then 429 (locked or not)', async () => {
    t.clock.advance(minutes(2)); // a fresh rate-limit window
    let last = 0;
    for (let i = 0; i < 31 && last !== 429; i++)
      last = (await login('203.0.113.9', 'admin', `x-${i}`)).status;
    assert.equal(last, 429);
  });
});
