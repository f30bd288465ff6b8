import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../server/config.js';
import { startTestServer, type TestServer } from '../api/test-server.js';

const minutes = (n: number) => n * 60_000;

describe('Hostile sessions (finding 7): logout is durable, sessions end when idle and at a maximum lifetime', () => {
  let t: TestServer;

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', { sessionHours: 12, sessionIdleMinutes: 30 });
  });
  after(() => t.close());

  it('given a signed-out token, when the server restarts on the same data, then the token stays refused (and a kept one still works)', async () => {
    // given
    const out = await t.login('jiaxing-etdz-office');
    const kept = await t.login('jiaxing-etdz-handler');
    assert.equal((await t.call('POST', '/api/v1/auth/logout', out)).status, 200);
    assert.equal((await t.call('GET', '/api/v1/me', out)).status, 401);
    // when
    t = await t.restart();
    // then
    assert.equal((await t.call('GET', '/api/v1/me', out)).status, 401);
    assert.equal((await t.call('GET', '/api/v1/me', kept)).status, 200);
  });

  it('given a token unused for longer than the idle time, when used, then 401', async () => {
    const token = await t.login('jiaxing-etdz-office');
    t.clock.advance(minutes(29));
    assert.equal((await t.call('GET', '/api/v1/me', token)).status, 200);
    t.clock.advance(minutes(31));
    assert.equal((await t.call('GET', '/api/v1/me', token)).status, 401);
  });

  it('given a token used every 20 minutes, when 12 hours have passed since sign-in, then 401 (the maximum lifetime)', async () => {
    const token = await t.login('jiaxing-etdz-leader');
    for (let elapsed = 20; elapsed < 12 * 60; elapsed += 20) {
      t.clock.advance(minutes(20));
      assert.equal((await t.call('GET', '/api/v1/me', token)).status, 200, `after ${elapsed} minutes`);
    }
    t.clock.advance(minutes(20));
    assert.equal((await t.call('GET', '/api/v1/me', token)).status, 401);
  });

  it('given SESSION_HOURS of a month, when the configuration loads, then it is refused (at most 24 hours)', () => {
    assert.throws(() => loadConfig({ SESSION_HOURS: '720' }), /invalid SESSION_HOURS/);
    assert.equal(loadConfig({}).sessionHours, 12);
    assert.equal(loadConfig({}).sessionIdleMinutes, 30);
  });
});
