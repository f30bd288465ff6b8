import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../api/test-server.js';

describe('Hostile /metrics (finding 7): the scraper token or the platform admin only', () => {
  let t: TestServer;
  const scrape = (authorization?: string) =>
    fetch(`${t.url}/metrics`, authorization ? { headers: { authorization } } : {});

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', { metricsToken: 'scraper-secret-0123456789' });
  });
  after(() => t.close());

  it('given no credentials or a wrong token, when /metrics is read, then 401 with the error shape and no metrics', async () => {
    for (const auth of [undefined, 'Bearer wrong-token', 'Basic YWRtaW46RGVtb0AyMDI2']) {
      const res = await scrape(auth);
      assert.equal(res.status, 401, String(auth));
      const body = (await res.json()) as { error: { code: string } };
      assert.equal(body.error.code, 'unauthenticated');
    }
  });

  it('given a jurisdiction admin, when /metrics is read, then 403', async () => {
    const res = await scrape(`Bearer ${await t.login('jiaxing-etdz-admin')}`);
    assert.equal(res.status, 403);
  });

  it('given the scraper token or the platform admin, when /metrics is read, then 200 with Prometheus text', async () => {
    for (const auth of ['Bearer scraper-secret-0123456789', `Bearer ${await t.login('admin')}`]) {
      const res = await scrape(auth);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /http_requests_total/);
    }
  });
});
