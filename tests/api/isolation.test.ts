import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

describe('HTTP API: tenants and authentication', () => {
  let t: TestServer;
  let caseId: string;
  let taskId: string;

  before(async () => {
    t = await startTestServer();
    const ent = await t.login('jiaxing-etdz-ent');
    caseId = await t.submitCase(ent, 'website', '用地问题');
    const office = await t.login('jiaxing-etdz-office');
    taskId = ((await t.call('GET', '/api/v1/tasks', office)).body.items as { id: string }[])[0]?.id as string;
  });
  after(() => t.close());

  it('requires a valid bearer token', async () => {
    assert.equal((await t.call('GET', '/api/v1/me')).status, 401);
    assert.equal((await t.call('GET', '/api/v1/me', 'forged.token')).status, 401);
    const wrong = await t.call('POST', '/api/v1/auth/login', undefined, {
      username: 'jiaxing-etdz-office',
      password: 'nope',
    });
    assert.equal(wrong.status, 401);
    assert.equal((wrong.body.error as { code: string }).code, 'unauthenticated');
  });

  it('answers 404 for another tenant’s case, task, definition and cases list — leaking nothing', async () => {
    const other = await t.login('other-zone-office');
    for (const path of [
      `/api/v1/cases/${caseId}`,
      `/api/v1/tasks/${taskId}`,
      '/api/v1/jurisdictions/jiaxing-etdz/definition',
      '/api/v1/jurisdictions/jiaxing-etdz/cases',
    ]) {
      const r = await t.call('GET', path, other);
      assert.equal(r.status, 404, path);
      assert.ok(!JSON.stringify(r.body).includes('用地问题'), path);
    }
    const claim = await t.call('POST', `/api/v1/tasks/${taskId}/claim`, other);
    assert.equal(claim.status, 404);
    const list = await t.call('GET', '/api/v1/tasks?scope=group', other);
    assert.equal(list.body.total, 0);
  });

  it('shows a case to its tenant’s hub, hides it from handlers it is not yet the work of and from another tenant’s enterprise user', async () => {
    const hub = await t.login('jiaxing-etdz-office');
    assert.equal((await t.call('GET', `/api/v1/cases/${caseId}`, hub)).status, 200);
    const handler = await t.login('jiaxing-etdz-handler');
    assert.equal((await t.call('GET', `/api/v1/cases/${caseId}`, handler)).status, 404);
    const entOfOther = await t.login('other-zone-ent');
    assert.equal((await t.call('GET', `/api/v1/cases/${caseId}`, entOfOther)).status, 404);
  });

  it('hides a task of another group from a handler (404: it is not their work)', async () => {
    const handler = await t.login('jiaxing-etdz-handler');
    await t.call('POST', `/api/v1/tasks/${taskId}/claim`, handler); // 认领后办理
    const r = await t.call('POST', `/api/v1/tasks/${taskId}/complete`, handler, {
      data: { decision: 'accept', requestClass: 'consult' },
    });
    assert.equal(r.status, 404);
  });

  it('answers malformed JSON, unknown routes and oversized bodies with 4xx JSON errors', async () => {
    const ent = await t.login('jiaxing-etdz-ent');
    const malformed = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, '{"channel":');
    assert.equal(malformed.status, 400);
    assert.equal((malformed.body.error as { code: string }).code, 'malformed_json');
    const huge = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'hotline',
      title: 'x'.repeat(300_000),
      data: {},
    });
    assert.equal(huge.status, 413);
    assert.equal((await t.call('GET', '/api/v1/nope', ent)).status, 404);
    const extra = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'hotline',
      title: '用地问题',
      data: validIntake,
      __proto__x: 1,
    });
    assert.equal(extra.status, 400);
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const route of t.app.api.routes) {
      const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
      assert.ok(doc.paths[path]?.[route.method], `${route.method} ${path}`);
    }
    assert.ok(t.app.api.routes.length >= 15);
  });
});
