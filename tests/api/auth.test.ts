import assert from 'node:assert/strict';
import { randomBytes, scryptSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { demoPassword } from '../../server/demo/demo-directory.js';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

interface Raw {
  status: number;
  body: Record<string, unknown>;
  cookies: string[];
  headers: Headers;
}

const cookieValue = (cookies: string[], name: string) =>
  cookies
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0]
    ?.slice(name.length + 1) ?? '';

describe('HTTP API: sessions, lockout, password change and rate limits', () => {
  let t: TestServer;
  const raw = async (
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: unknown } = {},
  ) => {
    const res = await fetch(`${t.url}${path}`, {
      method,
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
      cookies: res.headers.getSetCookie(),
      headers: res.headers,
    } satisfies Raw;
  };
  const login = (username: string, password = demoPassword, ip = '10.0.0.1') =>
    raw('POST', '/api/v1/auth/login', { body: { username, password }, headers: { 'x-forwarded-for': ip } });
  const code = (r: Raw | { body: Record<string, unknown> }) => (r.body.error as { code: string }).code;

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', {
      security: {
        trustProxy: 1,
        lockoutMaxFailures: 3,
        lockoutWindowMinutes: 15,
        lockoutMinutes: 10,
        rateLimitLogin: 30,
        rateLimitIntake: 3,
        rateLimitWindowSeconds: 60,
      },
    });
  });
  after(() => t.close());

  it('sets an HttpOnly SameSite=Lax session cookie and a readable CSRF cookie; Secure behind https', async () => {
    const r = await login('jiaxing-etdz-ent');
    assert.equal(r.status, 200);
    const session = r.cookies.find((c) => c.startsWith('session='));
    const csrf = r.cookies.find((c) => c.startsWith('csrf='));
    assert.match(session ?? '', /HttpOnly/i);
    assert.match(session ?? '', /SameSite=Lax/i);
    assert.doesNotMatch(session ?? '', /Secure/i);
    assert.doesNotMatch(csrf ?? '', /HttpOnly/i);
    assert.equal(cookieValue(r.cookies, 'csrf'), r.body.csrfToken);
    const https = await raw('POST', '/api/v1/auth/login', {
      body: { username: 'jiaxing-etdz-ent', password: demoPassword },
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.0.0.1' },
    });
    assert.ok(https.cookies.every((c) => /;\s*Secure/i.test(c)));
  });

  it('authenticates by cookie, and refuses unsafe cookie calls without the CSRF token (writing nothing)', async () => {
    const r = await login('jiaxing-etdz-ent');
    const cookie = `session=${cookieValue(r.cookies, 'session')}; csrf=${cookieValue(r.cookies, 'csrf')}`;
    const me = await raw('GET', '/api/v1/me', { headers: { cookie } });
    assert.equal(me.status, 200);
    assert.equal(me.body.username, 'jiaxing-etdz-ent');
    const submit = { channel: 'website', title: '用地问题', data: validIntake };
    const ip = { 'x-forwarded-for': '10.0.9.1' };
    const forged = await raw('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', {
      headers: { cookie, ...ip },
      body: submit,
    });
    assert.equal(forged.status, 403);
    assert.equal(code(forged), 'csrf_failed');
    const wrong = await raw('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', {
      headers: { cookie, ...ip, 'x-csrf-token': 'x'.repeat(43) },
      body: submit,
    });
    assert.equal(wrong.status, 403);
    assert.equal((await t.platform.store.cases.list({ jurisdiction: 'jiaxing-etdz' })).total, 0);
    const ok = await raw('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', {
      headers: { cookie, ...ip, 'x-csrf-token': r.body.csrfToken as string },
      body: submit,
    });
    assert.equal(ok.status, 201);
  });

  it('logout revokes the session (token and cookie) and clears the cookies', async () => {
    const r = await login('jiaxing-etdz-office');
    const token = r.body.token as string;
    assert.equal((await t.call('GET', '/api/v1/me', token)).status, 200);
    const out = await raw('POST', '/api/v1/auth/logout', { headers: { authorization: `Bearer ${token}` } });
    assert.equal(out.status, 200);
    assert.ok(out.cookies.some((c) => c.startsWith('session=;')));
    assert.equal((await t.call('GET', '/api/v1/me', token)).status, 401);
    const cookie = `session=${token}`;
    assert.equal((await raw('GET', '/api/v1/me', { headers: { cookie } })).status, 401);
  });

  it('changes the password: checks the current one and strength, ends every earlier session', async () => {
    const first = (await login('other-zone-handler')).body.token as string;
    const second = (await login('other-zone-handler')).body.token as string;
    const change = (body: unknown) => t.call('POST', '/api/v1/auth/password', first, body);
    const wrong = await change({ currentPassword: 'nope', newPassword: 'Better2027!' });
    assert.equal(wrong.status, 401);
    const weak = await change({ currentPassword: demoPassword, newPassword: 'short' });
    assert.equal(weak.status, 400);
    assert.equal(code(weak), 'weak_password');
    assert.equal((await t.call('GET', '/api/v1/me', first)).status, 200);
    const ok = await change({ currentPassword: demoPassword, newPassword: 'Better2027!' });
    assert.equal(ok.status, 200);
    assert.equal((await t.call('GET', '/api/v1/me', first)).status, 401);
    assert.equal((await t.call('GET', '/api/v1/me', second)).status, 401);
    assert.equal((await t.call('GET', '/api/v1/me', ok.body.token as string)).status, 200);
    assert.equal((await login('other-zone-handler')).status, 401);
    assert.equal((await login('other-zone-handler', 'Better2027!')).status, 200);
  });

  it('locks an account after 3 failures within 15 minutes for 10 minutes, on the platform clock', async () => {
    const user = 'jiaxing-etdz-leader';
    assert.equal((await login(user, 'bad-1')).status, 401);
    assert.equal((await login(user, 'bad-2')).status, 401);
    const third = await login(user, 'bad-3');
    assert.equal(third.status, 423);
    assert.equal(code(third), 'account_locked');
    // given the lock, even the right password is refused
    assert.equal((await login(user)).status, 423);
    t.clock.advance(9 * 60_000);
    assert.equal((await login(user)).status, 423);
    t.clock.advance(60_000);
    assert.equal((await login(user)).status, 200);
  });

  it('counts only failures inside the window, and a success resets the count', async () => {
    const user = 'jiaxing-etdz-handler';
    await login(user, 'bad');
    await login(user, 'bad');
    t.clock.advance(16 * 60_000); // both leave the 15-minute window
    assert.equal((await login(user, 'bad')).status, 401);
    assert.equal((await login(user, 'bad')).status, 401);
    assert.equal((await login(user)).status, 200);
    assert.equal((await login(user, 'bad')).status, 401);
    assert.equal((await login(user, 'bad')).status, 401);
    assert.equal((await login(user)).status, 200);
  });

  it('treats unknown usernames like known ones (401, then locked)', async () => {
    for (let i = 0; i < 2; i++) assert.equal((await login('nobody-here', 'x')).status, 401);
    assert.equal((await login('nobody-here', 'x')).status, 423);
  });

  it('rate-limits intake per client address with 429 and Retry-After, until the window passes', async () => {
    const token = (await login('jiaxing-etdz-ent')).body.token as string;
    const headers = { authorization: `Bearer ${token}`, 'x-forwarded-for': '10.0.7.7' };
    const submit = () =>
      raw('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', {
        headers,
        body: { channel: 'website', title: '用地', data: {} },
      });
    for (let i = 0; i < 3; i++) assert.equal((await submit()).status, 400); // invalid, but counted
    const limited = await submit();
    assert.equal(limited.status, 429);
    assert.equal(code(limited), 'rate_limited');
    assert.ok(limited.headers.get('retry-after'));
    t.clock.advance(60_000);
    assert.equal((await submit()).status, 400);
  });

  it('rate-limits login attempts per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await login(`spray-${i}`, 'x', '10.0.8.8')).status);
    assert.deepEqual(statuses.slice(0, 30), Array(30).fill(401));
    assert.equal(statuses[30], 429);
    assert.equal((await login('jiaxing-etdz-ent', demoPassword, '10.0.8.9')).status, 200);
  });

  it('accepts a stored scrypt hash of an earlier version and replaces it with bcrypt on login', async () => {
    const salt = randomBytes(16);
    const legacy = `scrypt$${salt.toString('hex')}$${scryptSync('Legacy2025', salt, 32).toString('hex')}`;
    await t.platform.store.transact([
      {
        kind: 'user.upsert',
        record: {
          id: 'user-legacy',
          jurisdiction: 'jiaxing-etdz',
          username: 'legacy-user',
          displayName: '老用户',
          roles: ['handler'],
          groups: [],
          orgUnitId: null,
          enterpriseId: null,
          passwordHash: legacy,
          disabledAt: null,
          mustChangePassword: false,
          passwordChangedAt: null,
        },
      },
    ]);
    assert.equal((await login('legacy-user', 'Legacy2026')).status, 401);
    assert.equal((await login('legacy-user', 'Legacy2025')).status, 200);
    const stored = (await t.platform.store.directory.user('user-legacy'))?.passwordHash ?? '';
    assert.match(stored, /^\$2[ab]\$10\$/);
    assert.equal((await login('legacy-user', 'Legacy2025')).status, 200);
  });
});
