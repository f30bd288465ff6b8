import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './test-server.js';

interface Order {
  id: string;
  status: string;
  dueAt: string;
  answer: string | null;
}

describe('HTTP API: supervision orders (督办单) and leader instructions (领导批示)', () => {
  let t: TestServer;
  let caseId: string;
  let leader: string;
  let handler: string;

  before(async () => {
    t = await startTestServer('2026-03-09T02:00:00.000Z'); // Mon 10:00 Beijing
    const ent = await t.login('jiaxing-etdz-ent');
    caseId = await t.submitCase(ent, 'window', '厂房审批');
    leader = await t.login('jiaxing-etdz-leader');
    handler = await t.login('jiaxing-etdz-handler');
  });
  after(() => t.close());

  it('validates the order and refuses it to roles the mechanism does not allow', async () => {
    const bad = await t.call('POST', `/api/v1/cases/${caseId}/supervision`, leader, {
      instruction: '请尽快办理',
      targetGroup: 'nobody',
    });
    assert.equal(bad.status, 400);
    assert.equal((bad.body.error as { details: { path: string }[] }).details[0]?.path, '/targetGroup');
    const notAllowed = await t.call('POST', `/api/v1/cases/${caseId}/supervision`, handler, {
      instruction: '请尽快办理',
      targetGroup: 'departments',
    });
    assert.equal(notAllowed.status, 403);
  });

  it('puts a leader instruction into the target group’s inbox with its own working-day deadline, and records the answer', async () => {
    const issued = await t.call('POST', `/api/v1/cases/${caseId}/supervision`, leader, {
      kind: 'leader-instruction',
      instruction: '请经信商务局牵头，本周内答复企业',
      targetGroup: 'departments',
    });
    assert.equal(issued.status, 201);
    const order = issued.body as unknown as Order;
    // supervision.defaultWorkingDays = 3: Mon 9 March -> end of Thu 12 March (Beijing)
    assert.equal(order.dueAt, '2026-03-12T16:00:00.000Z');
    const inbox = (await t.call('GET', '/api/v1/tasks?scope=group', handler)).body.items as {
      id: string;
      name: string;
      dueAt: string;
    }[];
    const task = inbox.find((x) => x.name === '督办件办理');
    assert.equal(task?.dueAt, order.dueAt);
    await t.call('POST', `/api/v1/tasks/${task?.id}/claim`, handler); // 认领后办理
    const done = await t.call('POST', `/api/v1/tasks/${task?.id}/complete`, handler, {
      data: { answer: '已约谈企业并明确办理时间表' },
    });
    assert.equal(done.status, 200);
    const orders = (await t.call('GET', `/api/v1/cases/${caseId}/supervision`, leader))
      .body as unknown as Order[];
    assert.equal(orders[0]?.status, 'answered');
    assert.equal(orders[0]?.answer, '已约谈企业并明确办理时间表');
    const timeline = (
      (await t.call('GET', `/api/v1/cases/${caseId}`, leader)).body.timeline as { type: string }[]
    ).map((e) => e.type);
    assert.ok(timeline.includes('leader-instruction'));
    assert.ok(timeline.includes('supervision.answered'));
  });

  it('records an unanswered order as overdue when its deadline passes', async () => {
    const issued = await t.call('POST', `/api/v1/cases/${caseId}/supervision`, leader, {
      instruction: '督促办理',
      targetGroup: 'departments',
      workingDays: 1,
    });
    const order = issued.body as unknown as Order;
    t.clock.set(order.dueAt);
    await t.platform.engine.runDue();
    leader = await t.login('jiaxing-etdz-leader'); // the session outlived its hour on the test clock
    const timeline = (await t.call('GET', `/api/v1/cases/${caseId}`, leader)).body.timeline as {
      type: string;
      data: { supervisionId?: string };
    }[];
    assert.ok(timeline.some((e) => e.type === 'supervision.overdue' && e.data.supervisionId === order.id));
  });
});
