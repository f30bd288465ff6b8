import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, validIntake, type TestServer } from '../api/test-server.js';

describe('Hostile idempotency (finding 7): one Idempotency-Key, one request', () => {
  let t: TestServer;
  let ent: string;
  const submit = (body: Record<string, unknown>, key: string) =>
    t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, body, { 'idempotency-key': key });
  const first = { channel: 'hotline', title: '用电问题', data: validIntake };
  const count = async () => (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent)).body.total;

  before(async () => {
    t = await startTestServer();
    ent = await t.login('jiaxing-etdz-ent');
  });
  after(() => t.close());

  it('given a case submitted with a key, when the same key comes with a different body, then 409 idempotency_key_reused and no case is created or returned', async () => {
    // given
    const created = await submit(first, 'retry-1');
    assert.equal(created.status, 201);
    const before = await count();
    // when
    for (const other of [
      { ...first, title: '用地问题' },
      { ...first, data: { ...validIntake, description: '另一件事情，完全不同的诉求内容' } },
      { ...first, channel: 'website' },
    ]) {
      const reused = await submit(other, 'retry-1');
      // then
      assert.equal(reused.status, 409, JSON.stringify(reused.body));
      const error = reused.body.error as { code: string; details: { path: string }[] };
      assert.equal(error.code, 'idempotency_key_reused');
      assert.equal(error.details[0]?.path, '/headers/idempotency-key');
      assert.equal(reused.body.id, undefined);
    }
    assert.equal(await count(), before);
  });

  it('given a case submitted with a key, when the same body is retried (keys in another order), then the first case answers again', async () => {
    const created = await submit(first, 'retry-2');
    const reordered = Object.fromEntries(Object.entries(validIntake).reverse());
    const again = await submit({ data: reordered, title: first.title, channel: first.channel }, 'retry-2');
    assert.equal(again.status, 201);
    assert.equal(again.body.id, created.body.id);
  });
});
