/**
 * 统一身份认证: sign-in through a real OpenID provider on loopback (authorization code + PKCE), the
 * claims → account mapping with just-in-time enterprise accounts, and every refusal — a bad state,
 * a missing or forged flow cookie, a code from another sign-in, an ID token whose signature was
 * altered, a person the installation does not provision — answered with a reason the studio words,
 * nothing written but the audit entry.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { stableId } from '../../runtime/common/ids.js';
import type { AuditRecord } from '../../runtime/store/audit.js';
import { parseSsoMapping, ssoConfigFrom } from '../../server/auth/sso-config.js';
import {
  browserFetch,
  CookieJar,
  signInAtProvider,
  startSsoProvider,
  type SsoProvider,
} from '../fixtures/sso-provider.js';
import { startTestServer, type TestServer } from './test-server.js';

/** The app's public callback URL (as behind the load balancer); the test replays it to the app. */
const publicCallback = 'http://127.0.0.1/api/v1/auth/sso/callback';

describe('single sign-on through an OpenID provider', () => {
  let t: TestServer;
  let idp: SsoProvider;
  let creditCode: string;

  before(async () => {
    const people = [
      // an enterprise person of 嘉兴经开区 (division code mapped to the jurisdiction)
      { sub: 'zlb-ent-1', name: '张经办', roles: ['企业'], jurisdiction: '330402', credit_code: '' },
      // an existing staff account here, linked by username
      { sub: 'jiaxing-etdz-office', name: '受理员', roles: ['工作人员'], jurisdiction: '330402' },
      // an unknown staff member: staff accounts are created by admins, not at first sign-in
      { sub: 'zlb-staff-9', name: '陌生人', roles: ['工作人员'], jurisdiction: '330402' },
      // an enterprise person whose company is not in the directory
      {
        sub: 'zlb-ent-2',
        name: '李经办',
        roles: ['企业'],
        jurisdiction: '330402',
        credit_code: '91330400MA2B999999',
      },
      // a person of a division this installation does not serve
      { sub: 'zlb-ent-3', name: '王经办', roles: ['企业'], jurisdiction: '110101' },
    ];
    idp = await startSsoProvider(people, publicCallback);
    const config = ssoConfigFrom({
      SSO_ISSUER: idp.issuer,
      SSO_CLIENT_ID: idp.clientId,
      SSO_REDIRECT_URI: publicCallback,
      SSO_ALLOW_HTTP: 'true',
    });
    assert.ok(config);
    config.mapping = parseSsoMapping(
      JSON.stringify({
        jurisdictions: { '330402': 'jiaxing-etdz' },
        roles: { 企业: 'enterprise', 工作人员: 'handler' },
        justInTimeRoles: ['enterprise'],
      }),
    );
    t = await startTestServer(undefined, { sso: config });
    const demo = await t.platform.store.directory.enterprise(stableId('ent', 'jiaxing-etdz', 'demo'));
    assert.ok(demo);
    creditCode = demo.creditCode;
    people[0] = { ...people[0]!, credit_code: creditCode.toLowerCase() };
  });
  after(async () => {
    await t?.close();
    await idp?.close();
  });

  /** Starts a sign-in in a fresh browser: the jar holds the app's flow cookie. */
  async function start(): Promise<{ jar: CookieJar; authorizationUrl: string }> {
    const jar = new CookieJar();
    const res = await browserFetch(jar, new URL('/api/v1/auth/sso/start', t.url), { method: 'POST' });
    assert.equal(res.status, 200);
    const { authorizationUrl } = (await res.json()) as { authorizationUrl: string };
    assert.ok(authorizationUrl.startsWith(idp.issuer));
    return { jar, authorizationUrl };
  }

  /** Brings the browser back to the app with the provider's answer; returns the app's redirect. */
  async function callback(jar: CookieJar, back: URL): Promise<{ location: string; res: Response }> {
    const res = await browserFetch(jar, new URL(`${back.pathname}${back.search}`, t.url));
    assert.equal(res.status, 303);
    return { location: res.headers.get('location') ?? '', res };
  }

  /** Starts a sign-in in a fresh browser and signs in at the provider; `back` is its answer, not yet delivered. */
  async function atProvider(login: string): Promise<{ jar: CookieJar; back: URL }> {
    const { jar, authorizationUrl } = await start();
    return { jar, back: await signInAtProvider(jar, authorizationUrl, login, publicCallback) };
  }

  async function signIn(login: string) {
    const { jar, back } = await atProvider(login);
    return { jar, ...(await callback(jar, back)), back };
  }

  const me = async (jar: CookieJar) => {
    const res = await browserFetch(jar, new URL('/api/v1/me', t.url));
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  const ssoAudit = async () =>
    (await t.platform.store.audit.list({ limit: 100 })).items.filter((e: AuditRecord) =>
      e.action.startsWith('auth.sso'),
    );

  it('tells the login page that SSO is offered and how to label it', async () => {
    const r = await t.call('GET', '/api/v1/auth/sso');
    assert.deepEqual(r.body, { enabled: true, label: '统一身份认证登录' });
  });

  it('creates an enterprise account at first sign-in and signs the same account in again', async () => {
    // given an enterprise person at the provider whose company is in the directory
    // when they sign in through the provider
    const first = await signIn('zlb-ent-1');
    // then the browser lands in the studio with a session as that enterprise
    assert.equal(first.location, '/');
    const who = await me(first.jar);
    assert.equal(who.status, 200);
    assert.equal(who.body.username, 'zlb-ent-1');
    assert.equal(who.body.displayName, '张经办');
    assert.deepEqual(who.body.roles, ['enterprise']);
    assert.equal(who.body.jurisdiction, 'jiaxing-etdz');
    const account = await t.platform.store.directory.userByUsername('zlb-ent-1');
    assert.equal(account?.enterpriseId, stableId('ent', 'jiaxing-etdz', 'demo'));
    assert.equal(account?.passwordHash, null, 'no password: it signs in through the provider only');
    // and a second sign-in reuses the account
    const second = await signIn('zlb-ent-1');
    assert.equal(second.location, '/');
    const users = (await t.platform.store.directory.users('jiaxing-etdz')).filter(
      (u) => u.username === 'zlb-ent-1',
    );
    assert.equal(users.length, 1);
    // and the enterprise can act: it lists its own cases
    const csrf = second.jar.get(new URL(t.url), 'csrf');
    assert.ok(csrf);
    const cases = await browserFetch(second.jar, new URL('/api/v1/jurisdictions/jiaxing-etdz/cases', t.url));
    assert.equal(cases.status, 200);
    // and both sign-ins are in the audit log with the account
    const entries = (await ssoAudit()).filter((e) => e.action === 'auth.sso' && e.actorName === 'zlb-ent-1');
    assert.equal(entries.length, 2);
    assert.deepEqual(entries.map((e) => e.after).reverse(), [{ created: true }, null]);
  });

  it('signs an existing account in as the admins set it up, whatever roles the provider claims', async () => {
    const { location, jar } = await signIn('jiaxing-etdz-office');
    assert.equal(location, '/');
    const who = await me(jar);
    const local = await t.platform.store.directory.userByUsername('jiaxing-etdz-office');
    assert.deepEqual(who.body.roles, local?.roles);
    assert.deepEqual(who.body.groups, local?.groups);
  });

  it('refuses people it may not create, and writes nothing but the audit entry', async () => {
    const before = (await t.platform.store.directory.users('jiaxing-etdz')).length;
    for (const [login, reason] of [
      ['zlb-staff-9', 'not_provisioned'],
      ['zlb-ent-2', 'enterprise_unknown'],
      ['zlb-ent-3', 'no_jurisdiction'],
    ] as const) {
      const { location, jar } = await signIn(login);
      assert.equal(location, `/?sso_error=${reason}`, login);
      assert.equal((await me(jar)).status, 401, `${login} has no session`);
    }
    assert.equal((await t.platform.store.directory.users('jiaxing-etdz')).length, before);
    const failed = (await ssoAudit()).filter((e) => e.action === 'auth.sso.failed');
    assert.deepEqual(
      failed.slice(0, 3).map((e) => (e.after as { reason: string }).reason),
      ['no_jurisdiction', 'enterprise_unknown', 'not_provisioned'],
    );
  });

  it('refuses a callback whose state was changed', async () => {
    const { jar, back } = await atProvider('zlb-ent-1');
    back.searchParams.set('state', 'forged-state');
    const { location } = await callback(jar, back);
    assert.equal(location, '/?sso_error=callback');
    assert.equal((await me(jar)).status, 401);
  });

  it('refuses a callback without the flow cookie, or with a forged one', async () => {
    const { jar, back } = await atProvider('zlb-ent-1');
    // a browser that never started this sign-in (a link sent to someone else)
    const stranger = new CookieJar();
    assert.equal((await callback(stranger, back)).location, '/?sso_error=flow');
    // a flow cookie whose secrets were rewritten by hand
    const forged = new CookieJar();
    const sealed = jar.get(new URL(t.url), 'sso_flow') ?? '';
    const [body = '', mac = ''] = sealed.split('.');
    const secrets = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const rewritten = Buffer.from(JSON.stringify({ ...secrets, exp: Date.now() + 3_600_000 })).toString(
      'base64url',
    );
    const res = await fetch(new URL(`${back.pathname}${back.search}`, t.url), {
      redirect: 'manual',
      headers: { cookie: `sso_flow=${rewritten}.${mac}` },
    });
    assert.equal(res.headers.get('location'), '/?sso_error=flow');
    assert.equal((await me(forged)).status, 401);
  });

  it('refuses a flow started more than ten minutes ago', async () => {
    const { jar, back } = await atProvider('zlb-ent-1');
    t.clock.advance(11 * 60_000);
    assert.equal((await callback(jar, back)).location, '/?sso_error=flow');
  });

  it("refuses a code obtained in another person's sign-in (code injection)", async () => {
    // given the attacker's own sign-in at the provider, and a victim's browser that started one
    const { back: stolen } = await atProvider('zlb-ent-1');
    const victim = await atProvider('jiaxing-etdz-office');
    // when the victim's browser is sent back with the attacker's code and the victim's state
    const injected = new URL(victim.back.href);
    injected.searchParams.set('code', stolen.searchParams.get('code') ?? '');
    // then PKCE (and the nonce) refuse it
    assert.equal((await callback(victim.jar, injected)).location, '/?sso_error=callback');
    assert.equal((await me(victim.jar)).status, 401);
  });

  it('refuses an ID token whose signature does not verify against the provider keys', async () => {
    const { jar, back } = await atProvider('zlb-ent-1');
    idp.tamperIdTokens = true;
    try {
      assert.equal((await callback(jar, back)).location, '/?sso_error=callback');
    } finally {
      idp.tamperIdTokens = false;
    }
    assert.equal((await me(jar)).status, 401);
    // and the audit entry says why: the signature
    const [last] = await ssoAudit();
    assert.match(String((last?.after as { detail: string }).detail), /signature/i);
  });

  it('reports a provider that answers with an error (the person cancelled)', async () => {
    const { jar } = await start();
    const state = 'whatever';
    const back = new URL(`${publicCallback}?error=access_denied&state=${state}`);
    assert.equal((await callback(jar, back)).location, '/?sso_error=denied');
  });
});

describe('single sign-on settings', () => {
  it('is off without SSO_ISSUER, and the routes say so', async () => {
    assert.equal(ssoConfigFrom({}), null);
    const t = await startTestServer();
    try {
      assert.deepEqual((await t.call('GET', '/api/v1/auth/sso')).body, { enabled: false, label: null });
      const start = await t.call('POST', '/api/v1/auth/sso/start');
      assert.equal(start.status, 404);
      assert.equal((start.body.error as { code: string }).code, 'sso_disabled');
    } finally {
      await t.close();
    }
  });

  it('refuses settings that would weaken sign-in', () => {
    const base = {
      SSO_CLIENT_ID: 'c',
      SSO_REDIRECT_URI: 'https://platform.example/api/v1/auth/sso/callback',
    };
    // an http provider outside tests
    assert.throws(() => ssoConfigFrom({ ...base, SSO_ISSUER: 'http://idp.example' }), /SSO_ISSUER/);
    // no redirect URI
    assert.throws(
      () => ssoConfigFrom({ SSO_ISSUER: 'https://idp.example', SSO_CLIENT_ID: 'c' }),
      /SSO_REDIRECT_URI/,
    );
    // admin roles are never created at first sign-in
    assert.throws(() => parseSsoMapping('{"justInTimeRoles":["platform-admin"]}'), /SSO_MAPPING_FILE/);
    assert.throws(() => parseSsoMapping('{"roles":{"x":"root"}}'), /SSO_MAPPING_FILE/);
    assert.throws(() => parseSsoMapping('not json'), /SSO_MAPPING_FILE/);
    assert.deepEqual(parseSsoMapping('{}').claims.username, 'sub');
  });
});
