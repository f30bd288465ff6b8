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
  version: string;
}

interface Probe {
  /** Roles granted the route; `public` for routes without authentication. */
  roles: RoleCode[] | 'public';
  path: (t: Target) => string;
  /** A body valid enough to reach the tenant check. */
  body?: (t: Target) => unknown;
  /** The own-tenant persona proving the route works for its role (default: first allowed of D, A, L, E). */
  as?: Persona;
  /** The persona's session is spent by the call (logout): use a fresh one. */
  fresh?: boolean;
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
const jur = (t: Target) => `/api/v1/jurisdictions/${t.j}`;
let bundle: unknown = {};

const probes: Record<string, Probe> = {
  'POST /api/v1/auth/login': { roles: 'public', path: () => '/api/v1/auth/login' },
  'GET /api/v1/auth/demo-users': { roles: 'public', path: () => '/api/v1/auth/demo-users' },
  'POST /api/v1/auth/logout': { roles: everyone, path: () => '/api/v1/auth/logout', fresh: true },
  'POST /api/v1/auth/password': {
    roles: everyone,
    path: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: demoPassword, newPassword: 'short' }),
  },
  'GET /api/v1/me': { roles: everyone, path: () => '/api/v1/me' },
  'GET /api/v1/audit': { roles: ['P', 'A'], path: () => '/api/v1/audit' },
  'GET /api/v1/jurisdictions': { roles: everyone, path: () => '/api/v1/jurisdictions' },
  'GET /api/v1/jurisdictions/:j/definition': { roles: everyone, path: (t) => `${jur(t)}/definition` },
  'GET /api/v1/jurisdictions/:j/definitions': { roles: everyone, path: (t) => `${jur(t)}/definitions` },
  'GET /api/v1/jurisdictions/:j/forms/:key': { roles: everyone, path: (t) => `${jur(t)}/forms/intake` },
  'GET /api/v1/definitions/authoring': { roles: ['P', 'A'], path: () => '/api/v1/definitions/authoring' },
  'GET /api/v1/jurisdictions/:j/definitions/current': {
    roles: ['P', 'A'],
    path: (t) => `${jur(t)}/definitions/current`,
  },
  'GET /api/v1/jurisdictions/:j/definitions/:version': {
    roles: ['P', 'A'],
    path: (t) => `${jur(t)}/definitions/${t.version}`,
  },
  'POST /api/v1/jurisdictions/:j/definitions/validate': {
    roles: ['P', 'A'],
    path: (t) => `${jur(t)}/definitions/validate`,
    body: () => bundle,
  },
  'POST /api/v1/jurisdictions/:j/definitions': {
    roles: ['P', 'A'],
    path: (t) => `${jur(t)}/definitions`,
    body: () => bundle,
  },
  'POST /api/v1/jurisdictions/:j/definitions/:version/republish': {
    roles: ['P', 'A'],
    path: (t) => `${jur(t)}/definitions/${t.version}/republish`,
  },
  'POST /api/v1/jurisdictions/:j/cases': {
    roles: ['P', 'D', 'H', 'E'],
    path: (t) => `${jur(t)}/cases`,
    body: () => ({ channel: 'website', title: '矩阵测试', data: validIntake }),
    as: 'ent',
  },
  'GET /api/v1/jurisdictions/:j/cases': { roles: everyone, path: (t) => `${jur(t)}/cases` },
  'GET /api/v1/cases/:id': { roles: everyone, path: (t) => `/api/v1/cases/${t.caseId}` },
  'POST /api/v1/cases/:id/rating': {
    roles: ['E'],
    path: (t) => `/api/v1/cases/${t.caseId}/rating`,
    body: () => ({ level: 'satisfied' }),
  },
  'POST /api/v1/cases/:id/supplement': {
    roles: ['E'],
    path: (t) => `/api/v1/cases/${t.caseId}/supplement`,
    body: () => ({ data: {} }),
  },
  'GET /api/v1/tasks': { roles: ['D', 'H'], path: () => '/api/v1/tasks' },
  'GET /api/v1/tasks/:id': { roles: ['D', 'H'], path: (t) => `/api/v1/tasks/${t.taskId}` },
  'POST /api/v1/tasks/:id/claim': { roles: ['D', 'H'], path: (t) => `/api/v1/tasks/${t.taskId}/claim` },
  'POST /api/v1/tasks/:id/unclaim': {
    roles: ['D', 'H'],
    path: (t) => `/api/v1/tasks/${t.taskId}/unclaim`,
  },
  'POST /api/v1/tasks/:id/complete': {
    roles: ['D', 'H'],
    path: (t) => `/api/v1/tasks/${t.taskId}/complete`,
    body: () => ({ data: {} }),
  },
  'POST /api/v1/cases/:id/supervision': {
    roles: ['D', 'L'],
    path: (t) => `/api/v1/cases/${t.caseId}/supervision`,
    body: () => ({ kind: 'leader-instruction', instruction: '请尽快办理', targetGroup: 'departments' }),
    as: 'leader',
  },
  'GET /api/v1/cases/:id/supervision': {
    roles: everyone,
    path: (t) => `/api/v1/cases/${t.caseId}/supervision`,
  },
  'POST /api/v1/jurisdictions/:j/visits': {
    roles: ['P', 'D', 'H'],
    path: (t) => `${jur(t)}/visits`,
    body: (t) => ({ enterpriseId: t.enterpriseId, kind: 'pairing' }),
  },
  'GET /api/v1/jurisdictions/:j/visits': { roles: staff, path: (t) => `${jur(t)}/visits` },
  'GET /api/v1/jurisdictions/:j/enterprises/:id/policies': {
    roles: ['P', 'A', 'D', 'H', 'L'],
    path: (t) => `${jur(t)}/enterprises/${t.enterpriseId}/policies`,
  },
  'GET /api/v1/jurisdictions/:j/reports/pairing': {
    roles: ['P', 'A', 'D', 'L'],
    path: (t) => `${jur(t)}/reports/pairing`,
  },
  'GET /api/v1/jurisdictions/:j/reports/monthly': {
    roles: ['P', 'A', 'D', 'L'],
    path: (t) => `${jur(t)}/reports/monthly?month=2026-03`,
  },
  'GET /api/v1/jurisdictions/:j/exceptions': {
    roles: ['P', 'A', 'D', 'L'],
    path: (t) => `${jur(t)}/exceptions?kind=warning`,
  },
};

interface Answer {
  status: number;
  text: string;
  body: Record<string, unknown>;
}

describe('Authorization matrix: role x endpoint x tenant over every documented route', () => {
  let t: TestServer;
  let routes: { method: string; path: string; key: string }[] = [];
  const tokens = new Map<string, string>();
  let home: Target;
  const guessed: Target = {
    j: 'no-such-zone',
    caseId: 'case_0123456789abcdef0123',
    taskId: 'task_0123456789abcdef0123',
    enterpriseId: 'ent_0123456789abcdef0123',
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
    probe.roles === 'public' || personaRoles[persona].some((r) => (probe.roles as RoleCode[]).includes(r));
  const leaks = (a: Answer) =>
    [home.caseId, home.taskId, home.enterpriseId, secretTitle].filter((marker) => a.text.includes(marker));

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', { security: { rateLimitLogin: 1000 } });
    const doc = (await call('GET', '/api/openapi.json', null)).body as { paths: Record<string, object> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => {
        const express = path.replace(/\{([A-Za-z]+)\}/g, ':$1');
        return { method: method.toUpperCase(), path: express, key: `${method.toUpperCase()} ${express}` };
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
      version: '1',
    };
    const admin = await session('jiaxing-etdz-admin');
    bundle = (await call('GET', '/api/v1/jurisdictions/jiaxing-etdz/definitions/current', admin)).body.bundle;
    assert.ok(home.taskId && bundle);
  });
  after(() => t.close());

  it('covers every route of the OpenAPI document, and lists no route that does not exist', () => {
    for (const r of routes) probeOf(r.key);
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
    const done = await call('POST', `/api/v1/tasks/${home.taskId}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(done.status, 200, done.text);
    assert.equal((await call('GET', `/api/v1/cases/${home.caseId}`, handler)).status, 200);
  });

  it('answers 401 with the error shape to every non-public route called without a session', async () => {
    for (const r of routes) {
      const probe = probeOf(r.key);
      if (probe.roles === 'public') continue;
      const a = await call(r.method, probe.path(home), null, probe.body?.(home));
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
          const a = await call(r.method, probe.path(target), await session(username), probe.body?.(target));
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
      if (probe.roles === 'public' || probe.fresh) continue;
      const addressed = /:(j|id)\b/.test(r.path);
      for (const persona of ['office', 'handler', 'leader', 'admin', 'ent'] as const) {
        if (!allowed(probe, persona)) continue;
        const token = await session(`other-zone-${persona}`);
        const real = await call(r.method, probe.path(home), token, probe.body?.(home));
        const label = `other-zone-${persona} ${r.key}`;
        assert.deepEqual(leaks(real), [], label);
        if (!addressed) continue;
        const guess = await call(r.method, probe.path(guessed), token, probe.body?.(guessed));
        assert.equal(real.status, 404, label);
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
      if (probe.roles === 'public') continue;
      const persona =
        probe.as ?? (['office', 'admin', 'leader', 'ent'] as const).find((p) => allowed(probe, p)) ?? null;
      for (const username of [
        persona ? `jiaxing-etdz-${persona}` : null,
        allowed(probe, 'platform') ? 'admin' : null,
      ]) {
        if (!username) continue;
        const token = probe.fresh ? await t.login(username) : await session(username);
        const a = await call(r.method, probe.path(home), token, probe.body?.(home));
        assert.ok(
          ![401, 403, 404].includes(a.status),
          `${username} ${r.key}: ${a.status} ${a.text.slice(0, 200)}`,
        );
        assert.ok(a.status < 500, `${username} ${r.key}`);
      }
    }
  });
});
