import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './test-server.js';

interface TaskDetail {
  task: { id: string; status: string; assignee: string | null; result: Record<string, unknown> | null };
  actions: Record<string, boolean | number>;
  assigneeName: string | null;
  completedByName: string | null;
}

const codeOf = (r: { body: Record<string, unknown> }) => (r.body.error as { code: string }).code;

describe('HTTP API: task actions as the mechanism offers them (issue 15)', () => {
  let t: TestServer;
  let caseId: string;
  let office: string;
  let handler: string;
  let reviewId: string;

  before(async () => {
    // given a 嘉兴经开区 request waiting for the office's review (its shipped mechanism: no 延期)
    t = await startTestServer('2026-03-09T02:00:00.000Z');
    const ent = await t.login('jiaxing-etdz-ent');
    caseId = await t.submitCase(ent, 'website', '用电问题');
    office = await t.login('jiaxing-etdz-office');
    handler = await t.login('jiaxing-etdz-handler');
    const inbox = (await t.call('GET', '/api/v1/tasks?scope=group', office)).body.items as {
      id: string;
      caseId: string;
    }[];
    reviewId = inbox.find((x) => x.caseId === caseId)?.id ?? '';
    assert.ok(reviewId);
  });
  after(() => t.close());

  it('refuses to complete an unclaimed group task with 409 task_not_claimed, and changes nothing', async () => {
    // when the office submits the review without claiming it
    const r = await t.call('POST', `/api/v1/tasks/${reviewId}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    // then it is refused with a code the studio shows in Chinese, and the task stays open
    assert.equal(r.status, 409);
    assert.equal(codeOf(r), 'task_not_claimed');
    assert.equal((await t.platform.store.tasks.get(reviewId))?.status, 'open');
  });

  it('offers no 延期 where the mechanism allows none (sla.maxExtensions 0), and the API refuses one', async () => {
    // given the office has claimed the review
    await t.call('POST', `/api/v1/tasks/${reviewId}/claim`, office);
    // then its page offers 退回 but not 延期, and names the assignee
    const page = (await t.call('GET', `/api/v1/tasks/${reviewId}`, office)).body as unknown as TaskDetail;
    assert.equal(page.actions.extension, false);
    assert.equal(page.actions.giveBack, true);
    assert.equal(page.actions.returnInForm, false);
    assert.equal(page.assigneeName, '嘉兴经济技术开发区受理员');
    // when an extension is asked anyway: 409 extension_not_allowed, no approval item
    const asked = await t.call('POST', `/api/v1/tasks/${reviewId}/extension`, office, {
      workingDays: 1,
      reason: '需要核查',
    });
    assert.equal(asked.status, 409);
    assert.equal(codeOf(asked), 'extension_not_allowed');
  });

  it('claiming a task one already holds changes nothing (a retried claim whose answer was lost)', async () => {
    // given the office holds the review (claimed above) and one 认领 entry on the timeline
    const claims = async () =>
      (await t.platform.store.events.listForCase(caseId)).filter((e) => e.type === 'task.claimed').length;
    const before = await claims();
    // when it claims it again
    const again = await t.call('POST', `/api/v1/tasks/${reviewId}/claim`, office);
    // then it is answered as held, and no second 认领 is recorded
    assert.equal(again.status, 200);
    assert.equal(
      (again.body as { assignee?: string | null }).assignee,
      (await t.platform.store.tasks.get(reviewId))?.assignee,
    );
    assert.equal(await claims(), before);
    assert.ok(before >= 1);
  });

  it('lists the staff a dispatcher may reassign to, by name and unit, to dispatchers only (改派)', async () => {
    // when the dispatcher opens the picker
    const picker = await t.call('GET', `/api/v1/tasks/${reviewId}/assignees`, office);
    assert.equal(picker.status, 200);
    const staff = picker.body as unknown as { id: string; name: string; unit: string | null }[];
    // then it shows staff names with their units, never an enterprise account
    const handlerEntry = staff.find((s) => s.name === '嘉兴经济技术开发区承办员');
    assert.equal(handlerEntry?.unit, '承办部门');
    assert.ok(!staff.some((s) => s.name === '嘉兴经济技术开发区企业用户'));
    // when the dispatcher reassigns the review to the picked person, with a reason
    const moved = await t.call('POST', `/api/v1/tasks/${reviewId}/reassign`, office, {
      assignee: handlerEntry?.id,
      reason: '由承办员先行核实',
    });
    assert.equal(moved.status, 200);
    // and the handler, now its assignee, may not open the picker: only dispatchers reassign
    const refused = await t.call('GET', `/api/v1/tasks/${reviewId}/assignees`, handler);
    assert.equal(refused.status, 403);
    // then the task page names the new assignee
    const page = (await t.call('GET', `/api/v1/tasks/${reviewId}`, handler)).body as unknown as TaskDetail;
    assert.equal(page.assigneeName, '嘉兴经济技术开发区承办员');
  });

  it('shows a completed task’s result: who, and its form data; no actions offered', async () => {
    // given the reassigned review completed by the handler
    const done = await t.call('POST', `/api/v1/tasks/${reviewId}/complete`, handler, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    // then its page reads the result with the person's name, and offers nothing
    const page = (await t.call('GET', `/api/v1/tasks/${reviewId}`, office)).body as unknown as TaskDetail;
    assert.equal(page.task.status, 'completed');
    assert.equal(page.completedByName, '嘉兴经济技术开发区承办员');
    assert.deepEqual(page.task.result, { decision: 'accept', requestClass: 'professional' });
    assert.deepEqual(
      [page.actions.extension, page.actions.giveBack, page.actions.reassign],
      [false, false, false],
    );
  });

  it('keeps comments staff-internal and names the issuer of a supervision order', async () => {
    // when the office comments and the leader issues a 领导批示
    const comment = await t.call('POST', `/api/v1/cases/${caseId}/comments`, office, {
      text: '企业来电补充了用电数据',
    });
    assert.equal(comment.status, 201);
    const leader = await t.login('jiaxing-etdz-leader');
    const issued = await t.call('POST', `/api/v1/cases/${caseId}/supervision`, leader, {
      kind: 'leader-instruction',
      instruction: '请本周内答复企业',
      targetGroup: 'departments',
    });
    assert.equal(issued.status, 201);
    // then staff read the order with the leader's name
    const orders = (await t.call('GET', `/api/v1/cases/${caseId}/supervision`, office)).body as unknown as {
      issuedByName: string;
      status: string;
    }[];
    assert.deepEqual(
      orders.map((o) => [o.issuedByName, o.status]),
      [['嘉兴经济技术开发区领导', 'open']],
    );
    // and the enterprise's view of its case carries no comment
    const ent = await t.login('jiaxing-etdz-ent');
    const view = await t.call('GET', `/api/v1/cases/${caseId}`, ent);
    assert.ok(!JSON.stringify(view.body).includes('企业来电补充了用电数据'));
  });
});
