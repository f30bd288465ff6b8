import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AuditRecord } from '../../runtime/store/audit.js';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

describe('HTTP API: append-only audit log of every state change and admin edit', () => {
  let t: TestServer;
  let admin: string;
  const entries = async (token: string, query = '') =>
    (await t.call('GET', `/api/v1/audit${query}`, token)).body as unknown as {
      items: AuditRecord[];
      total: number;
    };

  before(async () => {
    t = await startTestServer();
    admin = await t.login('jiaxing-etdz-admin');
  });
  after(() => t.close());
  /** An enterprise's submission over real HTTP, with extra headers (request id, Idempotency-Key). */
  const submit = (token: string, title: string, headers: Record<string, string>) =>
    fetch(`${t.url}/api/v1/jurisdictions/jiaxing-etdz/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ channel: 'website', title, data: validIntake }),
    });

  it('records who submitted what, when, with the outcome and request id; reads are not recorded', async () => {
    const ent = await t.login('jiaxing-etdz-ent');
    const before = (await entries(admin)).total;
    await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent);
    const r = await submit(ent, '用地问题', { 'x-request-id': 'req-audit-1' });
    const created = (await r.json()) as { id: string };
    const page = await entries(admin);
    assert.equal(page.total, before + 1);
    const entry = page.items[0];
    assert.equal(entry?.action, 'POST /jurisdictions/:j/cases');
    assert.equal(entry?.status, 201);
    assert.equal(entry?.jurisdiction, 'jiaxing-etdz');
    assert.equal(entry?.actorName, '嘉兴经济技术开发区企业用户');
    assert.equal(entry?.path, '/api/v1/jurisdictions/jiaxing-etdz/cases');
    assert.equal(entry?.requestId, 'req-audit-1');
    assert.equal(entry?.at, t.clock.now().toISOString());
    assert.ok(created.id);
  });

  it('records a new case and each retry of it once: the first commits with the case, a retry on its own', async () => {
    // given an enterprise submitting with an Idempotency-Key, then retrying the same request
    const ent = await t.login('jiaxing-etdz-ent');
    const before = (await entries(admin)).total;
    const first = await submit(ent, '用电问题', { 'idempotency-key': 'audit-retry-1' });
    const retry = await submit(ent, '用电问题', { 'idempotency-key': 'audit-retry-1' });
    // then both answer the one case, and each request has exactly one entry with its outcome
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201);
    assert.equal(((await first.json()) as { id: string }).id, ((await retry.json()) as { id: string }).id);
    const page = await entries(admin);
    assert.equal(page.total, before + 2);
    assert.deepEqual(
      page.items.slice(0, 2).map((e) => [e.action, e.status]),
      [
        ['POST /jurisdictions/:j/cases', 201],
        ['POST /jurisdictions/:j/cases', 201],
      ],
    );
  });

  it('records refused changes too (failed login, forbidden or invalid requests)', async () => {
    const wrong = await t.call('POST', '/api/v1/auth/login', undefined, {
      username: 'jiaxing-etdz-office',
      password: 'wrong',
    });
    assert.equal(wrong.status, 401);
    const handler = await t.login('jiaxing-etdz-handler');
    await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/definitions/1/republish', handler);
    const [forbidden, login] = (await entries(admin)).items;
    assert.equal(forbidden?.status, 403);
    assert.equal(forbidden?.action, 'POST /jurisdictions/:j/definitions/:version/republish');
    assert.equal(login?.action, 'auth.login');
    assert.equal(login?.status, 200); // the handler's own successful login
    const failed = (await entries(admin, '?action=auth.login')).items.find((e) => e.status === 401);
    assert.match(failed?.actorId ?? '', /^user_/); // a known user: attributed to them
    assert.equal(failed?.actorName, 'jiaxing-etdz-office');
  });

  it("keeps an admin edit's state before and after", async () => {
    const current = (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/definitions/current', admin))
      .body.bundle as { mechanism: Record<string, unknown> };
    const edited = {
      ...current,
      mechanism: { ...current.mechanism, name: { zh: '嘉兴经开区（新）', en: 'JX' } },
    };
    const r = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/definitions', admin, edited);
    assert.ok(r.status === 200 || r.status === 201, JSON.stringify(r.body));
    const entry = (await entries(admin)).items[0];
    assert.equal(entry?.action, 'POST /jurisdictions/:j/definitions');
    assert.equal((entry?.before as { version: number }).version, 1);
    assert.equal((entry?.after as { version: number }).version, 2);
  });

  it('is tenant-scoped and paged: another tenant sees none of it, the platform admin chooses', async () => {
    const other = await entries(await t.login('other-zone-admin'));
    assert.ok(other.items.every((e) => e.jurisdiction === 'other-zone'));
    assert.ok(!JSON.stringify(other).includes('jiaxing-etdz'));
    const platform = await t.login('admin');
    const all = await entries(platform, '?jurisdiction=jiaxing-etdz&limit=2&offset=1');
    assert.equal(all.items.length, 2);
    assert.equal(all.total, (await entries(admin)).total);
    const enterprise = await t.login('jiaxing-etdz-ent');
    assert.equal((await t.call('GET', '/api/v1/audit', enterprise)).status, 403);
    const bad = await t.call('GET', '/api/v1/audit?from=yesterday', admin);
    assert.equal(bad.status, 400);
  });
});
