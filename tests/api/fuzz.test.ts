import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

/** mulberry32: a small seeded generator, so every run sends the same requests. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const REQUESTS = 2100;

const hostileIds = [
  '',
  '..',
  '%2e%2e%2f%2e%2e',
  '%00',
  '%FF',
  '%C3%28',
  '%E0%A4%A',
  '%',
  encodeURIComponent('x'.repeat(3000)),
  '__proto__',
  'constructor',
  'prototype',
  encodeURIComponent("' OR 1=1 --"),
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent('😀诉求'),
  'case_ffffffffffffffffffff',
  'task_00000000000000000000',
  '-1',
  '1e309',
  'NaN',
  'null',
  encodeURIComponent('../../etc/passwd'),
  encodeURIComponent('a\u0000b'),
];

const hostileQueries = [
  'limit=-1',
  'limit=abc',
  'limit=1&limit=2',
  'offset=99999999999999999999',
  'month=2026-13',
  'month=__proto__',
  'kind=constructor',
  'scope=__proto__',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  `q=${'x'.repeat(5000)}`,
  'status=%FF',
  'from=yesterday&to=%00',
  '',
];

const rawBodies = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"data":{"__proto__":{"polluted":true}},"channel":"x","title":"xx"}',
  '{"channel":',
  '[',
  'null',
  '"just a string"',
  '12345',
  'true',
  '[]',
  '{"a":' + '['.repeat(3000) + ']'.repeat(3000) + '}',
  '{"level":{"$gt":""}}',
  '{"data":"not an object","title":1,"channel":[]}',
  '{"username":["admin"],"password":{"$ne":null}}',
  '{"instruction":null,"targetGroup":1e309}',
  '\ufeff{"x":1}',
];

describe('Fuzz: malformed and hostile requests never cause a 5xx or change anything', () => {
  let t: TestServer;
  let routes: { method: string; path: string; body: boolean }[] = [];
  const tokens: (string | null)[] = [];

  const snapshot = async () => {
    const { store } = t.platform;
    const parts: unknown[] = [];
    for (const j of ['jiaxing-etdz', 'other-zone']) {
      const cases = await store.cases.list({ jurisdiction: j, limit: 500 });
      const tasks = await store.tasks.list({ jurisdiction: j, limit: 500 });
      const events = await Promise.all(cases.items.map((c) => store.events.listForCase(c.id)));
      parts.push(cases, tasks, events, await store.definitions.listVersions(j));
      parts.push(await store.directory.users(j), await store.directory.enterprises(j));
      parts.push(await store.directory.orgUnits(j), await store.directory.pairings(j));
    }
    const text = JSON.stringify(parts);
    return { size: text.length, hash: createHash('sha256').update(text).digest('hex') };
  };

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', {
      security: { rateLimitLogin: 100_000, rateLimitIntake: 100_000, lockoutMaxFailures: 100 },
    });
    const doc = (await t.call('GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        body: Boolean(op.requestBody),
      })),
    );
    // a real case and task exist, so a hostile request could damage something
    const ent = await t.login('jiaxing-etdz-ent');
    await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'website',
      title: '用地问题',
      data: validIntake,
    });
    for (const user of ['jiaxing-etdz-ent', 'jiaxing-etdz-office', 'jiaxing-etdz-admin', 'admin'])
      tokens.push(await t.login(user));
    tokens.push(null, 'garbage', `${'a'.repeat(2000)}.${'b'.repeat(50)}`);
  });
  after(() => t.close());

  it(`answers ${REQUESTS} generated requests with 2xx/4xx (or a 303 into the studio) only, every 4xx in the error shape, state unchanged`, async () => {
    const random = seeded(20260313);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const before = await snapshot();
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    // every request is generated up front, so the sequence never depends on response timing
    const make = () => {
      const route = pick(routes);
      // real tenant ids only with a body no route accepts (a JSON value that is not an object)
      const realTenant = route.body && random() < 0.25;
      const path = route.path.replace(/\{([A-Za-z]+)\}/g, (_m, name: string) =>
        realTenant && name === 'j' ? 'jiaxing-etdz' : pick(hostileIds),
      );
      const query = random() < 0.5 ? pick(hostileQueries) : '';
      const token = route.path === '/api/v1/auth/logout' ? 'garbage' : pick(tokens);
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      let body: string | Buffer | undefined;
      const roll = random();
      if (realTenant) body = pick(['[]', 'null', '"x"', '42', '[{"data":{}}]']);
      else if (roll < 0.45) body = pick(rawBodies);
      else if (roll < 0.55)
        body = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]);
      else if (roll < 0.58) body = JSON.stringify({ title: 'x'.repeat(300_000) });
      else if (roll < 0.75)
        body = JSON.stringify({ channel: 1, title: null, data: [], level: {}, username: 7 });
      if (body !== undefined && route.method !== 'GET')
        headers['content-type'] = pick([
          'application/json',
          'application/json',
          'text/plain',
          'application/json; charset=latin1',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
        ]);
      return { route, url: `${t.url}${path}${query ? `?${query}` : ''}`, headers, body };
    };
    const requests = Array.from({ length: REQUESTS }, make);
    const send = async ({ route, url, headers, body }: (typeof requests)[number]) => {
      const res = await fetch(url, {
        method: route.method,
        headers,
        redirect: 'manual',
        ...(body !== undefined && route.method !== 'GET' ? { body } : {}),
      });
      // a live event stream never ends by itself: its status is the answer
      const stream = res.headers.get('content-type')?.startsWith('text/event-stream');
      if (stream) await res.body?.cancel();
      const text = stream ? '' : await res.text();
      const label = `${route.method} ${url.slice(0, 200)} -> ${res.status}`;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) problems.push(`${label} ${text.slice(0, 200)}`);
      else if (res.status >= 300 && res.status < 400) {
        // only the SSO callback redirects, and only into the studio on this origin
        const location = res.headers.get('location') ?? '';
        if (res.status !== 303 || !location.startsWith('/') || location.startsWith('//'))
          problems.push(`${label} redirects to ${location}`);
      } else if (res.status >= 400) {
        try {
          const error = (
            JSON.parse(text) as { error?: { code: unknown; message: unknown; details: unknown } }
          ).error;
          const details = error?.details as { path: unknown; reason: unknown }[] | undefined;
          const shaped =
            typeof error?.code === 'string' &&
            typeof error.message === 'string' &&
            Array.isArray(details) &&
            details.every((d) => typeof d.path === 'string' && typeof d.reason === 'string');
          if (!shaped) problems.push(`${label} not in the error shape: ${text.slice(0, 200)}`);
        } catch {
          problems.push(`${label} not JSON: ${text.slice(0, 200)}`);
        }
      }
    };
    const workers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = w; i < REQUESTS; i += 8) await send(requests[i] as (typeof requests)[number]);
    });
    await Promise.all(workers);
    assert.deepEqual(problems.slice(0, 20), []);
    assert.equal(
      [...statuses.values()].reduce((a, b) => a + b, 0),
      REQUESTS,
    );
    // the generator reaches past authentication: validation, lookups and size limits all answer
    for (const status of [400, 401, 403, 404, 413]) assert.ok(statuses.get(status), `no ${status} answers`);
    assert.deepEqual(await snapshot(), before);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });
});
