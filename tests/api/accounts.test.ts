/**
 * 账号管理 over real HTTP: activation links (one-time, expiring), initial passwords that must be
 * changed at first sign-in, disabling (sessions end at once) and enabling, enterprise accounts,
 * password age (定期更换), and tenant isolation — every refusal with its code, nothing changed.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { stableId } from '../../runtime/common/ids.js';
import { startTestServer, type TestServer } from './test-server.js';

const errorCode = (body: Record<string, unknown>) => (body.error as { code: string } | undefined)?.code;

describe('accounts', () => {
  let t: TestServer;
  let admin: string;
  const j = 'jiaxing-etdz';
  const base = `/api/v1/jurisdictions/${j}`;

  before(async () => {
    t = await startTestServer();
  });
  // tests move the clock by days: each starts with a fresh admin session
  beforeEach(async () => {
    admin = await t.login('jiaxing-etdz-admin');
  });
  after(() => t.close());

  /** A staff member added in 名录管理 (no password yet), as a staff sheet import would. */
  async function newStaff(username: string): Promise<string> {
    const r = await t.call('POST', `${base}/directory/staff`, admin, {
      username,
      displayName: `新同事${username.slice(-2)}`,
      roles: ['handler'],
      groups: [],
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body.id as string;
  }

  const accountNamed = async (username: string) =>
    (
      (await t.call('GET', `${base}/accounts`, admin)).body as unknown as {
        username: string;
        status: string;
      }[]
    ).find((a) => a.username === username);

  it('activates a new account once, through its link, under the password policy', async () => {
    // given a staff member without a password, listed as 待激活
    const id = await newStaff('zhang.handler01');
    assert.equal((await accountNamed('zhang.handler01'))?.status, 'pending');
    // when the admin issues the links of every account without a password
    const issued = await t.call('POST', `${base}/accounts/activation-links`, admin, {});
    assert.equal(issued.status, 200);
    const link = (issued.body.links as { id: string; path: string }[]).find((l) => l.id === id);
    assert.ok(link);
    const token = link.path.replace('/#/activate/', '');
    // then the link names the person
    const info = await t.call('GET', `/api/v1/auth/activation?token=${encodeURIComponent(token)}`);
    assert.equal(info.status, 200);
    assert.equal(info.body.username, 'zhang.handler01');
    // and a weak first password is refused with Chinese reasons, the link still unused
    const weak = await t.call('POST', '/api/v1/auth/activate', undefined, { token, newPassword: 'abc' });
    assert.equal(weak.status, 400);
    assert.equal(errorCode(weak.body), 'weak_password');
    // and a good one signs in
    const ok = await t.call('POST', '/api/v1/auth/activate', undefined, {
      token,
      newPassword: 'Handler-2026',
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal((await t.call('GET', '/api/v1/me', ok.body.token as string)).status, 200);
    assert.equal((await accountNamed('zhang.handler01'))?.status, 'active');
    // and the link works only once
    const again = await t.call('POST', '/api/v1/auth/activate', undefined, {
      token,
      newPassword: 'Another-2026',
    });
    assert.equal(errorCode(again.body), 'activation_invalid');
    const login = await t.call('POST', '/api/v1/auth/login', undefined, {
      username: 'zhang.handler01',
      password: 'Handler-2026',
    });
    assert.equal(login.status, 200);
    assert.equal(login.body.passwordChangeRequired, false);
  });

  it('refuses an expired link and a forged one', async () => {
    const id = await newStaff('li.handler02');
    const issued = await t.call('POST', `${base}/accounts/activation-links`, admin, { ids: [id] });
    const path = (issued.body.links as { path: string }[])[0]?.path ?? '';
    const token = path.replace('/#/activate/', '');
    const [body = '', sig = ''] = token.split('.');
    const forged = `${body}.${sig.slice(0, -2)}xx`;
    assert.equal(
      errorCode(
        (
          await t.call('POST', '/api/v1/auth/activate', undefined, {
            token: forged,
            newPassword: 'Handler-2026',
          })
        ).body,
      ),
      'activation_invalid',
    );
    t.clock.advance(8 * 86_400_000);
    admin = await t.login('jiaxing-etdz-admin');
    const late = await t.call('POST', '/api/v1/auth/activate', undefined, {
      token,
      newPassword: 'Handler-2026',
    });
    assert.equal(late.status, 400);
    assert.equal(errorCode(late.body), 'activation_expired');
    assert.equal((await accountNamed('li.handler02'))?.status, 'pending');
  });

  it('makes an initial password good for changing it only', async () => {
    const id = await newStaff('wang.handler03');
    const reset = await t.call('POST', `${base}/accounts/${id}/initial-password`, admin);
    assert.equal(reset.status, 200);
    const password = reset.body.password as string;
    assert.match(password, /^.{12}$/);
    const login = await t.call('POST', '/api/v1/auth/login', undefined, {
      username: 'wang.handler03',
      password,
    });
    assert.equal(login.body.passwordChangeRequired, true);
    const token = login.body.token as string;
    // only its own session routes answer until the password is changed
    const tasks = await t.call('GET', '/api/v1/tasks', token);
    assert.equal(tasks.status, 403);
    assert.equal(errorCode(tasks.body), 'password_change_required');
    assert.equal((await t.call('GET', '/api/v1/me', token)).status, 200);
    const changed = await t.call('POST', '/api/v1/auth/password', token, {
      currentPassword: password,
      newPassword: 'Wang-Handler-2026',
    });
    assert.equal(changed.status, 200);
    assert.equal((await t.call('GET', '/api/v1/tasks', changed.body.token as string)).status, 200);
  });

  it('ends the sessions of a disabled account at once, and lets it back in when enabled', async () => {
    const token = await t.login('jiaxing-etdz-handler');
    const user = await t.platform.store.directory.userByUsername('jiaxing-etdz-handler');
    assert.ok(user);
    const disabled = await t.call('POST', `${base}/accounts/${user.id}/disable`, admin);
    assert.equal(disabled.status, 200);
    assert.equal(disabled.body.status, 'disabled');
    assert.equal((await t.call('GET', '/api/v1/me', token)).status, 401);
    const refused = await t.call('POST', '/api/v1/auth/login', undefined, {
      username: 'jiaxing-etdz-handler',
      password: 'Demo@2026',
    });
    assert.equal(refused.status, 403);
    assert.equal(errorCode(refused.body), 'account_disabled');
    assert.equal((await t.call('POST', `${base}/accounts/${user.id}/enable`, admin)).body.status, 'active');
    assert.equal((await t.login('jiaxing-etdz-handler')).length > 0, true);
  });

  it('asks for a new password once the old one is past its age (定期更换, 90 days)', async () => {
    const token = await t.login('jiaxing-etdz-leader');
    const changed = await t.call('POST', '/api/v1/auth/password', token, {
      currentPassword: 'Demo@2026',
      newPassword: 'Leader-2026!',
    });
    assert.equal(changed.status, 200);
    t.clock.advance(91 * 86_400_000);
    const login = await t.call('POST', '/api/v1/auth/login', undefined, {
      username: 'jiaxing-etdz-leader',
      password: 'Leader-2026!',
    });
    assert.equal(login.body.passwordChangeRequired, true);
    assert.equal(
      errorCode((await t.call('GET', '/api/v1/tasks', login.body.token as string)).body),
      'password_change_required',
    );
  });

  it('creates an enterprise account for an enterprise of the directory', async () => {
    const enterpriseId = stableId('ent', j, 'demo');
    const created = await t.call('POST', `${base}/accounts`, admin, {
      enterpriseId,
      username: 'ent.contact01',
      displayName: '企业联络人',
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.kind, 'enterprise');
    assert.equal(created.body.status, 'pending');
    const taken = await t.call('POST', `${base}/accounts`, admin, {
      enterpriseId,
      username: 'ent.contact01',
      displayName: 'x',
    });
    assert.equal(errorCode(taken.body), 'username_taken');
    const unknown = await t.call('POST', `${base}/accounts`, admin, {
      enterpriseId: 'ent_nope',
      username: 'ent.contact02',
      displayName: 'x',
    });
    assert.equal(unknown.status, 400);
  });

  it('keeps admins to their own tenant and off their own account', async () => {
    const other = await t.login('other-zone-admin');
    const id = (await t.platform.store.directory.userByUsername('jiaxing-etdz-office'))?.id ?? '';
    assert.equal(
      (await t.call('POST', `/api/v1/jurisdictions/other-zone/accounts/${id}/disable`, other)).status,
      404,
    );
    assert.equal((await t.call('GET', `${base}/accounts`, other)).status, 404);
    const self = (await t.platform.store.directory.userByUsername('jiaxing-etdz-admin'))?.id ?? '';
    assert.equal((await t.call('POST', `${base}/accounts/${self}/disable`, admin)).status, 403);
    assert.equal((await t.call('GET', `${base}/accounts`, await t.login('jiaxing-etdz-office'))).status, 403);
  });
});
