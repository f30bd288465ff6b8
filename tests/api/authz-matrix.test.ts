import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoPassword } from '../../server/demo/demo-directory.js';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

/**
 * Authorization matrix: role x endpoint x tenant, over EVERY route of the OpenAPI document. A route
 * the table below does not list fails the test, so new routes cannot skip it.
 *
 * Roles: P platform admin, A jurisdiction admin, D dispatcher (hub), H handler, L leader, E enterprise.
 */
type RoleCode = 'P' | 'A' | 'D' | 'H' | 'L' | 'E';

interface Target {
  j: string;
  caseId: string;
  taskId: string;
  enterpriseId: string;
  staffId: string;
  version: string;
}

type Persona = 'office' | 'handler' | 'leader' | 'admin' | 'ent';
const personaRoles: Record<Persona | 'platform', RoleCode[]> = {
  office: ['D', 'H'],
  handler: ['H'],
  leader: ['L', 'H'],
  admin: ['A'],
  ent: ['E'],
  platform: ['P'],
};

const staff: RoleCode[] = ['P', 'A', 'D', 'H', 'L'];
const everyone: RoleCode[] = [...staff, 'E'];

/** The expected policy, written out here independently of server/auth/permissions.ts. */
const expectedRoles: Record<string, RoleCode[]> = {
  'session.self': everyone,
  'definition.read': everyone,
  'definition.edit': ['P', 'A'],
  'case.submit': ['P', 'D', 'H', 'E'],
  'case.list': everyone,
  'case.ledger': staff,
  'case.read': everyone,
  'case.rate': ['E'],
  'case.supplement': ['E'],
  'case.supervise': ['D', 'L'],
  // 全部在办: leaders read every open task of their jurisdiction (scope=all) but work none
  'task.list': ['D', 'H', 'L'],
  'task.work': ['D', 'H'],
  'report.read': ['P', 'A', 'D', 'L'],
  'visit.record': ['P', 'D', 'H'],
  'visit.read': staff,
  'enterprise.read': ['P', 'A', 'D', 'H', 'L'],
  'policy.push': ['P', 'A', 'D'],
  'policy.receive': ['E'],
  'audit.read': ['P', 'A'],
  'engine.incidents': ['P', 'A'],
  'directory.read': ['P', 'A'],
  'directory.edit': ['P', 'A'],
  'account.manage': ['P', 'A'],
  'calendar.read': staff,
  'calendar.edit': ['P'],
  'jurisdiction.manage': ['P'],
};

interface Probe {
  /** The policy action the route must declare (`public`: no authentication). */
  action: string;
  /** Query string to add. */
  query?: string;
  /** A body valid enough to reach the tenant check. */
  body?: (t: Target) => unknown;
  /** Also prove the tenant's granted role gets through (not 401/403/404), as this persona. */
  positive?: Persona | true;
  /** The persona's session is spent by the call (logout): use a fresh one. */
  fresh?: boolean;
}

let bundle: unknown = {};
const pub: Probe = { action: 'public' };
const read = (action: string, query?: string): Probe => ({
  action,
  positive: true,
  ...(query ? { query } : {}),
});

/** Every route of the API, reviewed: its action, and how to call it. A route missing here fails. */
const probes: Record<string, Probe> = {
  'POST /api/v1/auth/login': pub,
  'GET /api/v1/auth/demo-users': pub,
  'GET /api/v1/auth/sso': pub,
  'POST /api/v1/auth/sso/start': pub,
  'GET /api/v1/auth/sso/callback': pub,
  'POST /api/v1/auth/logout': { action: 'session.self', fresh: true, positive: true },
  'POST /api/v1/auth/password': {
    action: 'session.self',
    body: () => ({ currentPassword: demoPassword, newPassword: 'short' }),
    positive: true,
  },
  'GET /api/v1/me': read('session.self'),
  'GET /api/v1/audit': read('audit.read'),
  'GET /api/v1/jurisdictions': read('definition.read'),
  'GET /api/v1/jurisdictions/:j/definition': read('definition.read'),
  'GET /api/v1/jurisdictions/:j/definitions': read('definition.read'),
  'GET /api/v1/jurisdictions/:j/forms/:key': read('definition.read'),
  'GET /api/v1/definitions/authoring': read('definition.edit'),
  // 辖区管理: a malformed id reaches the service and is refused there (400), nothing created
  'POST /api/v1/jurisdictions': {
    action: 'jurisdiction.manage',
    body: () => ({
      id: 'Bad Id',
      template: 'jiaxing-etdz',
      name: { zh: '矩阵', en: 'Matrix' },
      policy: { title: '矩阵测试文件', issuedOn: '2026-01-01' },
    }),
    positive: true,
  },
  // multipart: without a file the platform admin gets a 400 naming the field
  'POST /api/v1/jurisdictions/import': { action: 'jurisdiction.manage', query: 'id=matrix', positive: true },
  'GET /api/v1/jurisdictions/:j/package': read('jurisdiction.manage'),
  'POST /api/v1/jurisdictions/:j/archive': { action: 'jurisdiction.manage' },
  'POST /api/v1/jurisdictions/:j/restore': { action: 'jurisdiction.manage' },
  'GET /api/v1/jurisdictions/:j/definitions/current': read('definition.edit'),
  'GET /api/v1/jurisdictions/:j/definitions/:version': read('definition.edit'),
  'POST /api/v1/jurisdictions/:j/definitions/validate': {
    action: 'definition.edit',
    body: () => bundle,
    positive: true,
  },
  'POST /api/v1/jurisdictions/:j/definitions': {
    action: 'definition.edit',
    body: () => bundle,
    positive: true,
  },
  'POST /api/v1/jurisdictions/:j/definitions/:version/republish': {
    action: 'definition.edit',
    positive: true,
  },
  'GET /api/v1/jurisdictions/:j/versions/:version/open-cases': read('definition.edit'),
  // version 1 onto itself: valid enough for the tenant check, refused (400) after it
  'POST /api/v1/jurisdictions/:j/migrations/dry-run': {
    action: 'definition.edit',
    body: () => ({ fromVersion: 1, toVersion: 1 }),
    positive: true,
  },
  'POST /api/v1/jurisdictions/:j/migrations': {
    action: 'definition.edit',
    body: () => ({ fromVersion: 1, toVersion: 1, note: '矩阵测试' }),
    positive: true,
  },
  'POST /api/v1/jurisdictions/:j/cases': {
    action: 'case.submit',
    body: () => ({ channel: 'website', title: '矩阵测试', data: validIntake }),
    positive: 'ent',
  },
  'GET /api/v1/jurisdictions/:j/cases': read('case.list'),
  'GET /api/v1/jurisdictions/:j/ledger': read('case.ledger'),
  'GET /api/v1/jurisdictions/:j/ledger.xlsx': read('case.ledger'),
  'GET /api/v1/jurisdictions/:j/ledger/queries': read('case.ledger'),
  'POST /api/v1/jurisdictions/:j/ledger/queries': {
    action: 'case.ledger',
    body: () => ({ name: '矩阵测试', query: { status: 'open' } }),
    positive: true,
  },
  'DELETE /api/v1/jurisdictions/:j/ledger/queries/:id': { action: 'case.ledger', positive: true },
  'GET /api/v1/cases/:id': read('case.read'),
  'POST /api/v1/cases/:id/rating': {
    action: 'case.rate',
    body: () => ({ level: 'satisfied' }),
    positive: true,
  },
  'POST /api/v1/cases/:id/supplement': {
    action: 'case.supplement',
    body: () => ({ data: {} }),
    positive: true,
  },
  'GET /api/v1/tasks': read('task.list'),
  'GET /api/v1/tasks/:id': read('task.work'),
  'POST /api/v1/tasks/:id/claim': { action: 'task.work', positive: true },
  'POST /api/v1/tasks/:id/unclaim': { action: 'task.work', positive: true },
  'POST /api/v1/tasks/:id/complete': { action: 'task.work', body: () => ({ data: {} }), positive: true },
  'POST /api/v1/cases/:id/supervision': {
    action: 'case.supervise',
    body: () => ({ kind: 'leader-instruction', instruction: '请尽快办理', targetGroup: 'departments' }),
    positive: 'leader',
  },
  'GET /api/v1/cases/:id/supervision': read('case.read'),
  'POST /api/v1/cases/:id/revisits': {
    action: 'case.supervise',
    body: () => ({ implementation: '回访核实落实情况' }),
  },
  'POST /api/v1/jurisdictions/:j/visits': {
    action: 'visit.record',
    body: (t) => ({ enterpriseId: t.enterpriseId, kind: 'pairing' }),
    positive: true,
  },
  'GET /api/v1/jurisdictions/:j/visits': read('visit.read'),
  'GET /api/v1/jurisdictions/:j/enterprises/:id/policies': read('enterprise.read'),
  'POST /api/v1/jurisdictions/:j/policies/:policyId/push': { action: 'policy.push' },
  'GET /api/v1/jurisdictions/:j/policy-notices': read('visit.read'),
  'POST /api/v1/jurisdictions/:j/policy-notices/:id/delivery': {
    action: 'visit.record',
    body: () => ({ way: 'visit', acknowledgedBy: '王五' }),
  },
  'GET /api/v1/jurisdictions/:j/my/policy-notices': read('policy.receive'),
  'POST /api/v1/jurisdictions/:j/policy-notices/:id/read': { action: 'policy.receive' },
  'GET /api/v1/jurisdictions/:j/policy-collections': read('visit.read', 'year=2026'),
  'POST /api/v1/jurisdictions/:j/policy-collections/:month': {
    action: 'visit.record',
    body: () => ({ policyIds: [], note: '本月无新增政策' }),
  },
  'GET /api/v1/jurisdictions/:j/reports/pairing': read('report.read'),
  'GET /api/v1/jurisdictions/:j/reports/monthly': read('report.read', 'month=2026-03'),
  'GET /api/v1/jurisdictions/:j/exceptions': read('report.read', 'kind=warning'),
  'GET /api/v1/jurisdictions/:j/reports/kpi': read('report.read', 'month=2026-03'),
  'GET /api/v1/jurisdictions/:j/reports/kpi.xlsx': read('report.read', 'month=2026-03'),
  'GET /api/v1/jurisdictions/:j/reports/kpi/annual': read('report.read', 'year=2026'),
  'POST /api/v1/jurisdictions/:j/indicators': { action: 'directory.edit' },
  'GET /api/v1/jurisdictions/:j/indicators': read('visit.read'),
  // jiaxing-etdz defines no needs survey (404 for its own staff too): no positive probe
  'GET /api/v1/jurisdictions/:j/needs-survey': { action: 'visit.read', query: 'month=2026-03' },
  'GET /api/v1/jurisdictions/:j/directory/org-units': read('directory.read'),
  'POST /api/v1/jurisdictions/:j/directory/org-units': { action: 'directory.edit' },
  'PUT /api/v1/jurisdictions/:j/directory/org-units/:id': { action: 'directory.edit' },
  'DELETE /api/v1/jurisdictions/:j/directory/org-units/:id': { action: 'directory.edit' },
  'GET /api/v1/jurisdictions/:j/accounts': read('account.manage'),
  'POST /api/v1/jurisdictions/:j/accounts': { action: 'account.manage' },
  'POST /api/v1/jurisdictions/:j/accounts/:id/disable': { action: 'account.manage' },
  'POST /api/v1/jurisdictions/:j/accounts/:id/enable': { action: 'account.manage' },
  'POST /api/v1/jurisdictions/:j/accounts/:id/initial-password': { action: 'account.manage' },
  'POST /api/v1/jurisdictions/:j/accounts/activation-links': { action: 'account.manage' },
  'GET /api/v1/auth/activation': pub,
  'POST /api/v1/auth/activate': pub,
  'GET /api/v1/jurisdictions/:j/directory/staff': read('directory.read'),
  'POST /api/v1/jurisdictions/:j/directory/staff': { action: 'directory.edit' },
  'PUT /api/v1/jurisdictions/:j/directory/staff/:id': { action: 'directory.edit' },
  'DELETE /api/v1/jurisdictions/:j/directory/staff/:id': { action: 'directory.edit' },
  'GET /api/v1/jurisdictions/:j/directory/enterprises': read('enterprise.read'),
  'GET /api/v1/jurisdictions/:j/directory/enterprises/export': read('directory.read'),
  'POST /api/v1/jurisdictions/:j/directory/enterprises/import': { action: 'directory.edit' },
  'POST /api/v1/jurisdictions/:j/directory/staff/import': { action: 'directory.edit' },
  'GET /api/v1/jurisdictions/:j/directory/service-areas/template': read('directory.read', 'table=areas'),
  'POST /api/v1/jurisdictions/:j/directory/service-areas/import': { action: 'directory.edit' },
  'POST /api/v1/jurisdictions/:j/directory/business-entities/import': { action: 'directory.edit' },
  'GET /api/v1/jurisdictions/:j/directory/enterprises/:id': read('directory.read'),
  'POST /api/v1/jurisdictions/:j/directory/enterprises': { action: 'directory.edit' },
  'PUT /api/v1/jurisdictions/:j/directory/enterprises/:id': { action: 'directory.edit' },
  'DELETE /api/v1/jurisdictions/:j/directory/enterprises/:id': { action: 'directory.edit' },
  'GET /api/v1/jurisdictions/:j/directory/pairings': read('directory.read'),
  'POST /api/v1/jurisdictions/:j/directory/pairings': { action: 'directory.edit' },
  'POST /api/v1/jurisdictions/:j/directory/pairings/delete': { action: 'directory.edit' },
  'GET /api/v1/jurisdictions/:j/directory/coverage': read('directory.read'),
  'GET /api/v1/tasks/:id/assignees': read('task.work'),
  'POST /api/v1/tasks/:id/reassign': { action: 'task.work' },
  'POST /api/v1/tasks/:id/return': { action: 'task.work' },
  'POST /api/v1/tasks/:id/extension': { action: 'task.work' },
  'POST /api/v1/cases/:id/extensions/:requestId/decision': { action: 'task.work' },
  'POST /api/v1/tasks/:id/urge': { action: 'case.supervise' },
  'POST /api/v1/cases/:id/comments': { action: 'case.read' },
  'POST /api/v1/cases/:id/attachments': { action: 'case.read' },
  'GET /api/v1/cases/:id/attachments': read('case.read'),
  'GET /api/v1/cases/:id/attachments/:attachmentId': { action: 'case.read' },
  'GET /api/v1/events/stream': read('case.list'),
  'GET /api/v1/jurisdictions/:j/incidents': read('engine.incidents'),
  'POST /api/v1/jurisdictions/:j/incidents/:incidentKey/retry': { action: 'engine.incidents' },
  'GET /api/v1/messages': read('session.self', 'unread=true'),
  'GET /api/v1/messages/unread-count': read('session.self'),
  // another's (or no) message: 404 for everyone, so only the action is checked
  'POST /api/v1/messages/:id/read': { action: 'session.self' },
  'POST /api/v1/messages/read-all': { action: 'session.self', positive: true },
  'GET /api/v1/messages/contact': read('session.self'),
  'PUT /api/v1/messages/contact': {
    action: 'session.self',
    body: () => ({ email: null, mobile: null }),
    positive: true,
  },
  'GET /api/v1/jurisdictions/:j/message-deliveries': read('engine.incidents', 'state=dead'),
  'POST /api/v1/jurisdictions/:j/message-deliveries/:id/retry': { action: 'engine.incidents' },
  'GET /api/v1/calendar/status': read('calendar.read'),
  'GET /api/v1/calendar/national/:year': read('calendar.read'),
  'POST /api/v1/calendar/national/:year/preview': {
    action: 'calendar.edit',
    body: () => ({ notice: '元旦：1月1日（周五）放假，共1天。' }),
    positive: true,
  },
  // multipart: without a file the platform admin gets a 400 naming the field
  'POST /api/v1/calendar/national/:year/import': { action: 'calendar.edit', positive: true },
  'PUT /api/v1/calendar/national/:year': {
    action: 'calendar.edit',
    body: () => ({
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }],
      workdays: [],
      note: '矩阵测试',
    }),
    positive: true,
  },
  'GET /api/v1/jurisdictions/:j/calendar/:year': read('calendar.read'),
  'PUT /api/v1/jurisdictions/:j/calendar/overrides': {
    action: 'definition.edit',
    body: () => ({ extraHolidays: [], extraWorkdays: [], note: '矩阵测试' }),
    positive: true,
  },
};

/** A route's path for a target: ids by the segment they follow. */
function pathFor(pattern: string, t: Target, query?: string): string {
  const segments = pattern.split('/');
  const filled = segments.map((seg, i) => {
    if (!seg.startsWith(':')) return seg;
    const owner = segments[i - 1] ?? '';
    if (seg === ':j') return t.j;
    if (seg === ':key') return 'intake';
    if (seg === ':version') return t.version;
    if (seg === ':year') return '2027';
    if (seg === ':requestId') return `req_${t.caseId.slice(-8)}`;
    if (owner === 'cases') return t.caseId;
    if (owner === 'tasks') return t.taskId;
    if (owner === 'enterprises') return t.enterpriseId;
    if (owner === 'staff') return t.staffId;
    return `${owner}_${t.caseId.slice(-8)}`;
  });
  return filled.join('/') + (query ? `?${query}` : '');
}

interface Answer {
  status: number;
  text: string;
  body: Record<string, unknown>;
}

describe('Authorization matrix: role x endpoint x tenant over every documented route', () => {
  let t: TestServer;
  let routes: { method: string; path: string; key: string; permission: string | null; body: boolean }[] = [];
  const tokens = new Map<string, string>();
  let home: Target;
  const guessed: Target = {
    j: 'no-such-zone',
    caseId: 'case_0123456789abcdef0123',
    taskId: 'task_0123456789abcdef0123',
    enterpriseId: 'ent_0123456789abcdef0123',
    staffId: 'user_0123456789abcdef0123',
    version: '99',
  };
  const secretTitle = '甲园区机密诉求';

  const call = async (
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
  ): Promise<Answer> => {
    const res = await fetch(`${t.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    // a live event stream never ends by itself: its status is the answer
    if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
      await res.body?.cancel();
      return { status: res.status, text: '', body: {} };
    }
    const text = await res.text();
    return {
      status: res.status,
      text,
      body: (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, unknown>,
    };
  };
  const session = async (username: string) => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const token = await t.login(username);
    tokens.set(username, token);
    return token;
  };
  const probeOf = (key: string) => {
    const probe = probes[key];
    assert.ok(probe, `route ${key} is not in the authorization matrix: add its expectations`);
    return probe;
  };
  const allowed = (probe: Probe, persona: Persona | 'platform') =>
    probe.action === 'public' ||
    personaRoles[persona].some((r) => (expectedRoles[probe.action] ?? []).includes(r));
  const pathOf = (r: { path: string }, probe: Probe, target: Target) => pathFor(r.path, target, probe.query);
  const leaks = (a: Answer) =>
    [home.caseId, home.taskId, home.enterpriseId, secretTitle].filter((marker) => a.text.includes(marker));

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', { security: { rateLimitLogin: 1000 } });
    const doc = (await call('GET', '/api/openapi.json', null)).body as {
      paths: Record<
        string,
        Record<string, { 'x-permission'?: string; security?: unknown; requestBody?: unknown }>
      >;
    };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const express = path.replace(/\{([A-Za-z]+)\}/g, ':$1');
        const key = `${method.toUpperCase()} ${express}`;
        const permission = op.security ? (op['x-permission'] ?? '(none)') : null;
        return {
          method: method.toUpperCase(),
          path: express,
          key,
          permission,
          body: Boolean(op.requestBody),
        };
      }),
    );
    const ent = await session('jiaxing-etdz-ent');
    const submitted = await call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'website',
      title: secretTitle,
      data: validIntake,
    });
    const caseId = submitted.body.id as string;
    const office = await session('jiaxing-etdz-office');
    const tasks = (await call('GET', '/api/v1/tasks', office)).body.items as { id: string; caseId: string }[];
    const me = (await call('GET', '/api/v1/me', ent)).body as { enterpriseId: string };
    home = {
      j: 'jiaxing-etdz',
      caseId,
      taskId: tasks.find((x) => x.caseId === caseId)?.id ?? '',
      enterpriseId: me.enterpriseId,
      staffId: (await t.platform.store.directory.userByUsername('jiaxing-etdz-handler'))?.id ?? '',
      version: '1',
    };
    const admin = await session('jiaxing-etdz-admin');
    bundle = (await call('GET', '/api/v1/jurisdictions/jiaxing-etdz/definitions/current', admin)).body.bundle;
    assert.ok(home.taskId && bundle);
  });
  after(() => t.close());

  it('covers every route of the OpenAPI document with the action it declares, and lists no other', () => {
    for (const r of routes) {
      const probe = probeOf(r.key);
      assert.equal(r.permission ?? 'public', probe.action, `${r.key} declares another policy action`);
      if (probe.action !== 'public')
        assert.ok(expectedRoles[probe.action], `${probe.action}: no expectation`);
    }
    const documented = new Set(routes.map((r) => r.key));
    assert.deepEqual(
      Object.keys(probes).filter((k) => !documented.has(k)),
      [],
    );
    assert.ok(routes.length >= 30);
  });

  it('shows a handler only its own work: not the case under review, then the case routed to its group', async () => {
    const handler = await session('jiaxing-etdz-handler');
    assert.equal((await call('GET', `/api/v1/cases/${home.caseId}`, handler)).status, 404);
    assert.equal((await call('GET', `/api/v1/tasks/${home.taskId}`, handler)).status, 404);
    const list = await call('GET', '/api/v1/jurisdictions/jiaxing-etdz/cases', handler);
    assert.deepEqual(leaks(list), []);
    const office = await session('jiaxing-etdz-office');
    await call('POST', `/api/v1/tasks/${home.taskId}/claim`, office);
    await call('POST', `/api/v1/tasks/${home.taskId}/claim`, office); // 认领后办理
    const done = await call('POST', `/api/v1/tasks/${home.taskId}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(done.status, 200, done.text);
    assert.equal((await call('GET', `/api/v1/cases/${home.caseId}`, handler)).status, 200);
  });

  it('answers 401 with the error shape to every non-public route called without a session', async () => {
    for (const r of routes) {
      const probe = probeOf(r.key);
      if (probe.action === 'public') continue;
      const a = await call(r.method, pathOf(r, probe, home), null, probe.body?.(home));
      assert.equal(a.status, 401, r.key);
      assert.equal((a.body.error as { code: string }).code, 'unauthenticated', r.key);
    }
  });

  it('answers 403 to roles the route is not granted, in any tenant, whatever the ids', async () => {
    for (const r of routes) {
      const probe = probeOf(r.key);
      for (const persona of ['office', 'handler', 'leader', 'admin', 'ent', 'platform'] as const) {
        if (allowed(probe, persona)) continue;
        for (const [tenant, target] of [
          ['jiaxing-etdz', home],
          ['other-zone', home],
          ['other-zone', guessed],
        ] as const) {
          const username = persona === 'platform' ? 'admin' : `${tenant}-${persona}`;
          const a = await call(
            r.method,
            pathOf(r, probe, target),
            await session(username),
            probe.body?.(target),
          );
          assert.equal(a.status, 403, `${tenant}-${persona} ${r.key}`);
          assert.equal(
            (a.body.error as { code: string }).code,
            'not_allowed',
            `${tenant}-${persona} ${r.key}`,
          );
          assert.deepEqual(leaks(a), [], `${tenant}-${persona} ${r.key}`);
        }
      }
    }
  });

  it("answers another tenant's ids exactly like guessed ones (404), leaking nothing", async () => {
    for (const r of routes) {
      const probe = probeOf(r.key);
      if (probe.action === 'public' || probe.fresh) continue;
      const addressed = /:(j|id)\b/.test(r.path);
      for (const persona of ['office', 'handler', 'leader', 'admin', 'ent'] as const) {
        if (!allowed(probe, persona)) continue;
        const token = await session(`other-zone-${persona}`);
        const real = await call(r.method, pathOf(r, probe, home), token, probe.body?.(home));
        const label = `other-zone-${persona} ${r.key}`;
        assert.deepEqual(leaks(real), [], label);
        if (!addressed) continue;
        const guess = await call(r.method, pathOf(r, probe, guessed), token, probe.body?.(guessed));
        // a body the route cannot accept is refused (400) before any lookup, whatever the ids
        if (probe.body || !r.body) assert.equal(real.status, 404, label);
        assert.equal(guess.status, real.status, label);
        assert.deepEqual(
          (real.body.error as { code: string }).code,
          (guess.body.error as { code: string }).code,
          label,
        );
      }
    }
  });

  it('lets each granted role of the tenant through (not 401/403/404), the platform admin everywhere', async () => {
    for (const r of routes) {
      const probe = probeOf(r.key);
      if (probe.action === 'public' || !probe.positive) continue;
      const persona =
        probe.positive !== true
          ? probe.positive
          : ((['office', 'admin', 'leader', 'ent'] as const).find((p) => allowed(probe, p)) ?? null);
      for (const username of [
        persona ? `jiaxing-etdz-${persona}` : null,
        allowed(probe, 'platform') ? 'admin' : null,
      ]) {
        if (!username) continue;
        const token = probe.fresh ? await t.login(username) : await session(username);
        const a = await call(r.method, pathOf(r, probe, home), token, probe.body?.(home));
        assert.ok(
          ![401, 403, 404].includes(a.status),
          `${username} ${r.key}: ${a.status} ${a.text.slice(0, 200)}`,
        );
        assert.ok(a.status < 500, `${username} ${r.key}`);
      }
    }
  });
});
