import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { gracefulShutdown } from '../../server/ops/graceful-shutdown.js';
import { startTestServer, type TestServer } from './test-server.js';

describe('Operations: health, readiness, metrics, request ids, logs, security headers, shutdown', () => {
  let t: TestServer;
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', { logger: pino({ level: 'info' }, sink) });
  });
  after(() => t.close());

  it('answers /healthz and /readyz, and /readyz 503 with the error shape while draining', async () => {
    assert.equal((await fetch(`${t.url}/healthz`)).status, 200);
    // and the calendar's detail: on 13 March 2026 next year (2027) has no notice yet, no banner before November
    assert.deepEqual(await (await fetch(`${t.url}/readyz`)).json(), {
      status: 'ready',
      calendar: { provisionalYears: [2027], banner: null },
    });
  });

  it('exposes the provisional years as a Prometheus gauge', async () => {
    // given 2027 without its 国务院办公厅 notice, then the gauge names it (to the platform admin)
    const admin = await t.login('admin');
    const text = await (
      await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${admin}` } })
    ).text();
    assert.match(text, /^calendar_provisional_years\{year="2027"\} 1$/m);
    assert.doesNotMatch(text, /calendar_provisional_years\{year="2026"\}/);
  });

  it('gives every request an id (keeping a well-formed incoming one) and logs it with route and actor, never the token', async () => {
    const token = await t.login('jiaxing-etdz-office');
    const res = await fetch(`${t.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'trace-42' },
    });
    assert.equal(res.headers.get('x-request-id'), 'trace-42');
    const generated = (
      await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'bad id!' } })
    ).headers.get('x-request-id');
    assert.match(generated ?? '', /^[0-9a-f-]{36}$/);
    const line = lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'trace-42');
    assert.equal(line?.route, 'GET /me');
    assert.match(String(line?.actor), /^user_/);
    assert.equal((line?.res as { statusCode: number }).statusCode, 200);
    assert.ok(!JSON.stringify(lines).includes(token));
  });

  it('exports Prometheus metrics by route pattern, login failures included', async () => {
    await t.call('POST', '/api/v1/auth/login', undefined, { username: 'x', password: 'y' });
    const admin = await t.login('admin'); // /metrics is for the platform admin (or METRICS_TOKEN)
    const text = await (
      await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${admin}` } })
    ).text();
    assert.match(text, /http_requests_total\{method="GET",route="GET \/me",status="200"\} \d+/);
    assert.match(text, /http_request_duration_seconds_bucket\{le="0.005",method="GET",route="GET \/me"\}/);
    assert.match(text, /auth_login_failures_total\{reason="credentials"\} 1/);
  });

  it('sends helmet security headers', async () => {
    const res = await fetch(`${t.url}/api/v1/auth/demo-users`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(res.headers.get('x-powered-by'), null);
  });

  it('shuts down gracefully: not ready, in-flight requests finish, then workers and store close', async () => {
    // given a second listener on the same app with a request held in flight
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const arrived = new Promise<void>((resolve) => (entered = resolve));
    t.app.express.get('/held', async (_req, res) => {
      entered();
      await held;
      res.json({ finished: true });
    });
    const server = t.app.express.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const inFlight = fetch(`${url}/held`).then((r) => r.json());
    await arrived;
    let closed = false;
    const shutdown = gracefulShutdown({
      server,
      readiness: t.app.readiness,
      graceMs: 60_000,
      close: async () => {
        closed = true;
      },
    });
    // when shutdown starts
    const done = shutdown();
    assert.equal(shutdown(), done); // idempotent
    assert.equal(t.app.readiness.draining, true);
    const ready = await fetch(`${t.url}/readyz`);
    assert.equal(ready.status, 503);
    assert.equal(((await ready.json()) as { error: { code: string } }).error.code, 'not_ready');
    // then nothing closes while the request is in flight
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(closed, false);
    release();
    assert.deepEqual(await inFlight, { finished: true });
    await done;
    assert.equal(closed, true);
    await assert.rejects(fetch(`${url}/healthz`));
  });
});
