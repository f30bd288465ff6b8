import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RequestHandler } from 'express';
import { actorOf } from '../../server/auth/authenticate.js';
import { routeCase, routeTask } from '../../server/auth/tenant-guard.js';
import type { ApiRouter } from '../../server/openapi/api-router.js';
import { startTestServer, type TestServer } from './test-server.js';

/** Never called: each line must fail to compile (`npx tsc` proves the route specs' type). */
export function specsTheTypeRefuses(api: ApiRouter, handler: RequestHandler): void {
  const doc = { summary: 'x', tag: 'x', response: {} } as const;
  // @ts-expect-error a route declares its policy action
  api.get('/x/:j', { ...doc, tenant: { param: 'j' } }, handler);
  // @ts-expect-error a route declares whose data it touches
  api.get('/x/:j', { ...doc, permission: 'case.read' }, handler);
  // @ts-expect-error the tenant's parameter is one of the path's
  api.get('/x/:j', { ...doc, permission: 'case.read', tenant: { param: 'id' } }, handler);
  // @ts-expect-error a route declares its response
  api.get('/x/:j', { summary: 'x', tag: 'x', permission: 'case.read', tenant: { param: 'j' } }, handler);
  // @ts-expect-error a public route touches no tenant's data
  api.get('/x/:j', { ...doc, permission: 'public', tenant: { param: 'j' } }, handler);
  // while these compile
  api.get('/x/:j', { ...doc, permission: 'case.read', tenant: { param: 'j' } }, handler);
  api.get('/x', { ...doc, permission: 'public' }, handler);
}

describe('HTTP API: the router enforces the permission and tenant each route declares', () => {
  let t: TestServer;
  let caseId: string;
  let taskId: string;

  before(async () => {
    t = await startTestServer();
    // given probe routes whose handlers check nothing themselves: they echo what the router let through
    const { api } = t.app;
    const probe = {
      summary: 'probe',
      tag: 'probe',
      permission: 'case.read',
      response: { type: 'object' },
    } as const;
    api.get('/probe/jurisdictions/:j', { ...probe, tenant: { param: 'j' } }, (req, res) => {
      res.json({ jurisdiction: req.params.j });
    });
    api.get('/probe/cases/:id', { ...probe, tenant: { case: 'id' } }, (req, res) => {
      res.json({ title: routeCase(req).title });
    });
    api.get('/probe/tasks/:id', { ...probe, tenant: { task: 'id' } }, (req, res) => {
      res.json({ caseId: routeTask(req).caseId });
    });
    api.get('/probe/own', { ...probe, tenant: 'own' }, (req, res) => {
      res.json({ jurisdiction: actorOf(req).jurisdiction });
    });
    // and a case of 嘉兴经开区 with its first task
    const ent = await t.login('jiaxing-etdz-ent');
    caseId = await t.submitCase(ent, 'website', '路由租户检查');
    const office = await t.login('jiaxing-etdz-office');
    const tasks = (await t.call('GET', '/api/v1/tasks', office)).body.items as {
      id: string;
      caseId: string;
    }[];
    taskId = tasks.find((x) => x.caseId === caseId)?.id ?? '';
    assert.ok(taskId);
  });
  after(() => t.close());

  it('lets the tenant through to the handler, with the case or task the router loaded', async () => {
    const office = await t.login('jiaxing-etdz-office');
    const j = await t.call('GET', '/api/v1/probe/jurisdictions/jiaxing-etdz', office);
    assert.deepEqual([j.status, j.body], [200, { jurisdiction: 'jiaxing-etdz' }]);
    const kase = await t.call('GET', `/api/v1/probe/cases/${caseId}`, office);
    assert.deepEqual([kase.status, kase.body], [200, { title: '路由租户检查' }]);
    const task = await t.call('GET', `/api/v1/probe/tasks/${taskId}`, office);
    assert.deepEqual([task.status, task.body], [200, { caseId }]);
    const own = await t.call('GET', '/api/v1/probe/own', office);
    assert.deepEqual([own.status, own.body], [200, { jurisdiction: 'jiaxing-etdz' }]);
  });

  it("answers another tenant's jurisdiction, case and task with 404 before the handler runs", async () => {
    const other = await t.login('other-zone-office');
    for (const path of [
      '/api/v1/probe/jurisdictions/jiaxing-etdz',
      `/api/v1/probe/cases/${caseId}`,
      `/api/v1/probe/tasks/${taskId}`,
      // and real routes of each kind
      '/api/v1/jurisdictions/jiaxing-etdz/reports/monthly?month=2026-03',
      `/api/v1/cases/${caseId}/attachments`,
      `/api/v1/tasks/${taskId}`,
    ]) {
      const r = await t.call('GET', path, other);
      assert.equal(r.status, 404, path);
      assert.equal((r.body.error as { code: string }).code, 'not_found', path);
      assert.ok(!JSON.stringify(r.body).includes('路由租户检查'), path);
    }
  });

  it('refuses a role the declared action is not granted (403), whatever the tenant', async () => {
    const other = await t.login('other-zone-ent');
    const r = await t.call('POST', `/api/v1/tasks/${taskId}/claim`, other);
    assert.equal(r.status, 403);
  });

  it('documents each route’s action and tenant in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, { 'x-permission'?: string; 'x-tenant'?: unknown }>>;
    };
    assert.deepEqual(doc.paths['/api/v1/tasks/{id}']?.get?.['x-tenant'], { task: 'id' });
    assert.equal(doc.paths['/api/v1/tasks/{id}']?.get?.['x-permission'], 'task.work');
    assert.equal(doc.paths['/api/v1/auth/login']?.post?.['x-permission'], undefined);
  });
});
