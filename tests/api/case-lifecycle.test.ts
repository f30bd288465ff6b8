import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

interface TaskView {
  id: string;
  elementId: string;
  name: string;
  dueAt: string | null;
  workingDaysLeft: number | null;
}

describe('HTTP API: a request from submission to rating (嘉兴经开区)', () => {
  let t: TestServer;
  let ent: string;
  let office: string;
  let handler: string;
  let caseId: string;

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z'); // Fri 09:00 Beijing
    ent = await t.login('jiaxing-etdz-ent');
    office = await t.login('jiaxing-etdz-office');
    handler = await t.login('jiaxing-etdz-handler');
  });
  after(() => t.close());

  it('rejects an invalid intake with 400, the field path, and writes nothing', async () => {
    const r = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'hotline',
      title: '用电问题',
      data: { ...validIntake, contactPhone: '12345' },
    });
    assert.equal(r.status, 400);
    const error = r.body.error as { code: string; details: { path: string }[] };
    assert.equal(error.code, 'invalid_form_data');
    assert.deepEqual(
      error.details.map((d) => d.path),
      ['/data/contactPhone'],
    );
    const list = await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent);
    assert.equal(list.body.total, 0);
  });

  it('rejects an unknown channel with its path', async () => {
    const r = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'pigeon',
      title: '用电问题',
      data: validIntake,
    });
    assert.equal(r.status, 400);
    assert.equal((r.body.error as { details: { path: string }[] }).details[0]?.path, '/channel');
  });

  it('accepts a request, and a retry with the same Idempotency-Key returns the same case', async () => {
    const body = { channel: 'hotline', title: '用电问题', data: validIntake };
    const first = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, body, {
      'idempotency-key': 'req-1',
    });
    const again = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, body, {
      'idempotency-key': 'req-1',
    });
    assert.equal(first.status, 201);
    assert.equal(again.body.id, first.body.id);
    caseId = first.body.id as string;
  });

  it('puts the review task in the office inbox, with counts', async () => {
    const r = await t.call('GET', '/api/v1/tasks?scope=group', office);
    const items = r.body.items as TaskView[];
    assert.deepEqual(
      items.map((x) => x.elementId),
      ['review'],
    );
    assert.equal((r.body.counts as { unassigned: number }).unassigned, 1);
    const none = await t.call('GET', '/api/v1/tasks?scope=group', handler);
    assert.equal(none.body.total, 0);
  });

  it('validates task form data against the task form, then routes a 专业类 request with a 5-working-day deadline', async () => {
    const [review] = (await t.call('GET', '/api/v1/tasks?scope=group', office)).body.items as TaskView[];
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    const bad = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept' },
    });
    assert.equal(bad.status, 400);
    assert.equal((bad.body.error as { details: { path: string }[] }).details[0]?.path, '/data/requestClass');
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    const ok = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(ok.status, 200);
    const inbox = (await t.call('GET', '/api/v1/tasks?scope=group', handler)).body.items as TaskView[];
    assert.equal(inbox[0]?.elementId, 'handle');
    // 第十条 "对专业类诉求……5个工作日内答复": Fri 13 March -> end of Fri 20 March (Beijing)
    assert.equal(inbox[0]?.dueAt, '2026-03-20T16:00:00.000Z');
    assert.equal(inbox[0]?.workingDaysLeft, 5);
  });

  it('lets the handler claim and answer; the enterprise then rates on the 3-level + star scale', async () => {
    const [handle] = (await t.call('GET', '/api/v1/tasks?scope=group', handler)).body.items as TaskView[];
    assert.equal((await t.call('POST', `/api/v1/tasks/${handle?.id}/claim`, handler)).status, 200);
    const mine = await t.call('GET', '/api/v1/tasks?scope=mine', handler);
    assert.equal(mine.body.total, 1);
    await t.call('POST', `/api/v1/tasks/${handle?.id}/claim`, handler); // 认领后办理
    const done = await t.call('POST', `/api/v1/tasks/${handle?.id}/complete`, handler, {
      data: { answer: '已协调供电公司处理', resolution: 'solved' },
    });
    assert.equal(done.status, 200);
    const badRating = await t.call('POST', `/api/v1/cases/${caseId}/rating`, ent, {
      level: 'satisfied',
      stars: { quality: 6, attitude: 5, efficiency: 5 },
    });
    assert.equal(badRating.status, 400);
    assert.equal(
      (badRating.body.error as { details: { path: string }[] }).details[0]?.path,
      '/stars/quality',
    );
    const rated = await t.call('POST', `/api/v1/cases/${caseId}/rating`, ent, {
      level: 'fair',
      stars: { quality: 4, attitude: 5, efficiency: 3 },
    });
    assert.equal(rated.status, 201);
    const detail = await t.call('GET', `/api/v1/cases/${caseId}`, ent);
    assert.equal((detail.body.case as { status: string }).status, 'closed');
    const types = (detail.body.timeline as { type: string }[]).map((e) => e.type);
    for (const type of ['submitted', 'classified', 'answered', 'rated', 'closed'])
      assert.ok(types.includes(type), type);
    assert.ok(!types.includes('task.claimed')); // the enterprise sees the public steps only
    const again = await t.call('POST', `/api/v1/cases/${caseId}/rating`, ent, {
      level: 'fair',
      stars: { quality: 4, attitude: 5, efficiency: 3 },
    });
    assert.equal(again.status, 409);
  });

  it('reports the month', async () => {
    const leader = await t.login('jiaxing-etdz-leader');
    const r = await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/reports/monthly?month=2026-03', leader);
    assert.equal(r.status, 200);
    assert.equal(r.body.received, 1);
    assert.equal(r.body.closed, 1);
    assert.deepEqual(r.body.ratings, { fair: 1 });
    assert.equal(r.body.satisfactionRate, 0);
  });
});
