import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

interface Operation {
  security?: unknown;
  requestBody?: unknown;
  'x-permission'?: string;
  responses: Record<string, { content?: { 'application/json'?: { schema: Record<string, unknown> } } }>;
}
interface Doc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('OpenAPI document: complete and accurate', () => {
  let t: TestServer;
  let doc: Doc;
  const ajv = new Ajv({ strict: false, allErrors: true });

  before(async () => {
    t = await startTestServer();
    doc = (await t.call('GET', '/api/openapi.json')).body as unknown as Doc;
    ajv.addSchema({ ...(doc.components.schemas.Error as object), $id: '#/components/schemas/Error' });
  });
  after(() => t.close());

  const operation = (method: string, expressPath: string) =>
    doc.paths[expressPath.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];

  it('documents every route the express router serves under /api/v1, and nothing else', () => {
    const stack = (t.app.api.router as unknown as { stack: Layer[] }).stack;
    const served = stack.flatMap((l) =>
      l.route ? Object.keys(l.route.methods).map((m) => `${m.toUpperCase()} /api/v1${l.route?.path}`) : [],
    );
    assert.ok(served.length >= 30);
    for (const key of served) {
      const [method = '', path = ''] = key.split(' ');
      assert.ok(operation(method, path), `${key} is served but not documented`);
    }
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{([A-Za-z]+)\}/g, ':$1')}`),
    );
    assert.deepEqual(
      documented.filter((k) => !served.includes(k)),
      [],
    );
  });

  it('declares a response schema and a success status on every registered route', () => {
    // given every route the ApiRouter registered (the type requires `response`; this guards casts)
    const { routes } = t.app.api;
    assert.ok(routes.length >= 70);
    for (const r of routes) {
      const key = `${r.method.toUpperCase()} ${r.path}`;
      // then each names its answer, and the document carries it
      assert.ok(r.response && typeof r.response === 'object', `${key}: no response schema`);
      const status = r.status ?? 200;
      // 2xx, or 303 where a browser is sent on (the SSO callback)
      assert.ok((status >= 200 && status < 300) || status === 303, `${key}: status ${status}`);
      assert.ok(operation(r.method, r.path)?.responses[String(status)], `${key}: ${status} not documented`);
    }
  });

  it('gives every authenticated operation its security schemes and policy action', () => {
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        if (!op.security) continue;
        assert.ok(op['x-permission'], `${method} ${path}: no x-permission`);
        assert.ok(op.responses['4XX'], `${method} ${path}: no error response`);
      }
  });

  /** The documented operation serving a concrete path (literal segments win over parameters). */
  const served = (method: string, concrete: string) => {
    const path = concrete.split('?')[0] ?? '';
    const candidates = Object.keys(doc.paths)
      .filter((p) => new RegExp(`^${p.replace(/\{[A-Za-z]+\}/g, '[^/]+')}$`).test(path))
      .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
    return candidates.map((p) => doc.paths[p]?.[method.toLowerCase()]).find(Boolean);
  };

  const check = (method: string, path: string, status: number, body: unknown) => {
    const op = served(method, path);
    assert.ok(op, `${method} ${path}`);
    const documented = op.responses[String(status)] ?? (status >= 400 ? op.responses['4XX'] : undefined);
    assert.ok(documented, `${method} ${path}: status ${status} is not documented`);
    const schema = documented.content?.['application/json']?.schema;
    if (!schema) return;
    const validate = ajv.compile(schema);
    assert.ok(validate(body), `${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`);
  };

  it('answers a sample of real calls exactly as documented (2xx bodies and 4xx errors)', async () => {
    const ent = await t.login('jiaxing-etdz-ent');
    const office = await t.login('jiaxing-etdz-office');
    const admin = await t.login('jiaxing-etdz-admin');
    const calls: [string, string, string | undefined, unknown?][] = [
      [
        'POST',
        '/api/v1/jurisdictions/jiaxing-etdz/cases',
        ent,
        { channel: 'website', title: '用地问题', data: validIntake },
      ],
      ['POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, { channel: 'website', title: 'x', data: {} }],
      ['GET', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent],
      ['GET', '/api/v1/me', office],
      ['GET', '/api/v1/jurisdictions', office],
      ['GET', '/api/v1/jurisdictions/jiaxing-etdz/definitions', office],
      ['GET', '/api/v1/tasks?scope=group', office],
      ['GET', '/api/v1/tasks?scope=everything', office],
      ['GET', '/api/v1/audit?limit=5', admin],
      ['GET', '/api/v1/jurisdictions/jiaxing-etdz/exceptions?kind=warning', office],
      ['GET', '/api/v1/jurisdictions/jiaxing-etdz/visits', office],
      ['GET', '/api/v1/auth/demo-users', undefined],
      ['GET', '/api/v1/me', undefined],
      ['GET', '/api/v1/audit', ent],
    ];
    for (const [method, path, token, body] of calls) {
      const r = await t.call(method, path, token, body);
      assert.ok(r.status < 500, `${method} ${path}`);
      check(method, path, r.status, r.body);
    }
    const caseId = (
      (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent)).body.items as { id: string }[]
    )[0]?.id;
    const task = ((await t.call('GET', '/api/v1/tasks', office)).body.items as { id: string }[])[0]?.id;
    for (const [method, path, token, body] of [
      ['GET', `/api/v1/cases/${caseId}/supervision`, office],
      ['POST', `/api/v1/tasks/${task}/claim`, office],
      [
        'POST',
        `/api/v1/tasks/${task}/complete`,
        office,
        { data: { decision: 'accept', requestClass: 'consult' } },
      ],
      ['POST', `/api/v1/cases/${caseId}/rating`, ent, { level: 'bogus' }],
    ] as [string, string, string, unknown?][]) {
      const r = await t.call(method, path, token, body);
      assert.ok(r.status < 500, `${method} ${path}`);
      check(method, path, r.status, r.body);
    }
  });
});
