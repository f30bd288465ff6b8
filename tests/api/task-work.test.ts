import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './test-server.js';
import { huzhouLandRequestData } from '../fixtures/huzhou-land-request.js';

interface Task {
  id: string;
  caseId: string;
  elementId: string;
  status: string;
  dueAt: string | null;
  candidateGroups: string[];
}

const tasksOf = async (t: TestServer, token: string, caseId: string) =>
  ((await t.call('GET', '/api/v1/tasks?scope=group&limit=100', token)).body.items as Task[]).filter(
    (x) => x.caseId === caseId,
  );

describe('HTTP API: 延期 approved on a mechanism that grants extensions', () => {
  let t: TestServer;
  let caseId: string;
  let task: Task;

  before(async () => {
    // given 嘉兴经开区 republished by its admin with extensions allowed: at most 1, of up to 5 working days
    // (no mechanism's policy text grants 延期, so every shipped mechanism has 0; this is a fixture version)
    t = await startTestServer('2026-03-13T01:00:00.000Z');
    const admin = await t.login('jiaxing-etdz-admin');
    const base = '/api/v1/jurisdictions/jiaxing-etdz/definitions';
    const current = (await t.call('GET', `${base}/current`, admin)).body as {
      bundle: { mechanism: { sla: Record<string, unknown> } };
    };
    const bundle = {
      ...current.bundle,
      mechanism: {
        ...current.bundle.mechanism,
        sla: { ...current.bundle.mechanism.sla, maxExtensions: 1, maxExtensionWorkingDays: 5 },
      },
    };
    const published = await t.call('POST', base, admin, bundle);
    assert.equal(published.status, 201, JSON.stringify(published.body));
    // and a 专业类 case (5 working days) received Friday 13 March, routed to the departments
    const ent = await t.login('jiaxing-etdz-ent');
    caseId = await t.submitCase(ent, 'website', '用电问题');
    const office = await t.login('jiaxing-etdz-office');
    const [review] = await tasksOf(t, office, caseId);
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    const done = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(done.status, 200);
    const handler = await t.login('jiaxing-etdz-handler');
    [task] = (await tasksOf(t, handler, caseId)) as [Task];
    assert.ok(task);
  });
  after(() => t.close());

  it('moves the deadline and the task due date by the working days granted, once', async () => {
    // the deadline: end of Friday 20 March, Beijing time (5 working days from Monday 16 March)
    assert.equal(task.dueAt, '2026-03-20T16:00:00.000Z');
    const handler = await t.login('jiaxing-etdz-handler');
    const office = await t.login('jiaxing-etdz-office');
    // 认领后办理: an unclaimed task is read-only — no extension before the claim
    const unclaimed = await t.call('POST', `/api/v1/tasks/${task.id}/extension`, handler, {
      workingDays: 3,
      reason: '需现场核查',
    });
    assert.equal(unclaimed.status, 409);
    assert.equal((unclaimed.body.error as { code: string }).code, 'task_not_claimed');
    await t.call('POST', `/api/v1/tasks/${task.id}/claim`, handler);
    const tooLong = await t.call('POST', `/api/v1/tasks/${task.id}/extension`, handler, {
      workingDays: 6,
      reason: '需现场核查',
    });
    assert.equal(tooLong.status, 400);
    const asked = await t.call('POST', `/api/v1/tasks/${task.id}/extension`, handler, {
      workingDays: 3,
      reason: '需现场核查',
    });
    assert.equal(asked.status, 201);
    const requestId = asked.body.requestId as string;
    // then a 延期审批 item waits in the dispatcher's inbox, and a second request waits for it
    const item = (await tasksOf(t, office, caseId)).find((x) => x.elementId === 'extension-approval');
    assert.equal(item?.status, 'open');
    const pending = await t.call('POST', `/api/v1/tasks/${task.id}/extension`, handler, {
      workingDays: 1,
      reason: '再延一天',
    });
    assert.equal((pending.body.error as { code: string }).code, 'extension_pending');
    // and the item cannot be completed as a process step: it is decided
    await t.call('POST', `/api/v1/tasks/${item?.id}/claim`, office);
    const asStep = await t.call('POST', `/api/v1/tasks/${item?.id}/complete`, office, { data: {} });
    assert.equal((asStep.body.error as { code: string }).code, 'extension_decision');
    // the handler cannot decide its own request
    const self = await t.call('POST', `/api/v1/cases/${caseId}/extensions/${requestId}/decision`, handler, {
      approve: true,
    });
    assert.equal(self.status, 403);
    const approved = await t.call(
      'POST',
      `/api/v1/cases/${caseId}/extensions/${requestId}/decision`,
      office,
      { approve: true, reason: '同意' },
    );
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    // then 3 working days later: end of Wednesday 25 March (23, 24, 25)
    const kase = await t.platform.store.cases.get(caseId);
    assert.equal(kase?.deadlineAt, '2026-03-25T16:00:00.000Z');
    assert.equal((await t.platform.store.tasks.get(task.id))?.dueAt, '2026-03-25T16:00:00.000Z');
    // and the item is done, the handler's task page shows the decision with names and the new deadline
    assert.equal((await t.platform.store.tasks.get(String(item?.id)))?.status, 'completed');
    const page = (await t.call('GET', `/api/v1/tasks/${task.id}`, handler)).body as {
      extensions: { status: string; deadlineAt: string; decidedByName: string; decisionReason: string }[];
    };
    assert.deepEqual(
      page.extensions.map((e) => [e.status, e.deadlineAt, e.decidedByName, e.decisionReason]),
      [['approved', '2026-03-25T16:00:00.000Z', '嘉兴经济技术开发区受理员', '同意']],
    );
    // and a second one exceeds sla.maxExtensions
    const again = await t.call('POST', `/api/v1/tasks/${task.id}/extension`, handler, {
      workingDays: 1,
      reason: '仍需核查',
    });
    assert.equal(again.status, 409);
    assert.equal((again.body.error as { code: string }).code, 'extension_limit');
    // and deciding the approved request again is a conflict
    const twice = await t.call('POST', `/api/v1/cases/${caseId}/extensions/${requestId}/decision`, office, {
      approve: false,
    });
    assert.equal(twice.status, 409);
  });

  it('lets the 催办 reminders follow: none at the old first-reminder time, the first one after the new deadline', async () => {
    const urged = async () =>
      (await t.platform.store.events.listForCase(caseId)).filter((e) => e.type === 'urged').length;
    // when the clock passes the old first reminder (Monday 23 March, 09:00 Beijing)
    t.clock.set('2026-03-23T02:00:00.000Z');
    await t.platform.engine.runDue();
    // then nobody is urged: the deadline is now 25 March
    assert.equal(await urged(), 0);
    t.clock.set('2026-03-25T15:00:00.000Z');
    await t.platform.engine.runDue();
    assert.equal(await urged(), 0);
    // when the clock passes the new first reminder (Thursday 26 March, 09:00 Beijing)
    t.clock.set('2026-03-26T01:30:00.000Z');
    await t.platform.engine.runDue();
    // then the departments are urged once
    assert.equal(await urged(), 1);
  });

  it("takes a pending 延期审批 out of the dispatcher's inbox when its case closes", async () => {
    // given a new case whose reviewer claims the review and asks for an extension
    const ent = await t.login('jiaxing-etdz-ent');
    const office = await t.login('jiaxing-etdz-office');
    const other = await t.submitCase(ent, 'website', '厂房租赁问题');
    const [review] = await tasksOf(t, office, other);
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office);
    const asked = await t.call('POST', `/api/v1/tasks/${review?.id}/extension`, office, {
      workingDays: 2,
      reason: '需核实企业资质',
    });
    assert.equal(asked.status, 201, JSON.stringify(asked.body));
    const item = (await tasksOf(t, office, other)).find((x) => x.elementId === 'extension-approval');
    assert.equal(item?.status, 'open');
    // when the review refuses the request and the case closes undecided on the extension
    const refused = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'refuse', refusalReason: 'out-of-scope' },
    });
    assert.equal(refused.status, 200, JSON.stringify(refused.body));
    assert.equal((await t.platform.store.cases.get(other))?.status, 'refused');
    // then the approval item is cancelled and no longer in the dispatcher's inbox
    assert.equal((await t.platform.store.tasks.get(String(item?.id)))?.status, 'cancelled');
    assert.deepEqual(await tasksOf(t, office, other), []);
  });
});

describe('HTTP API: 退单 where the mechanism models returns (湖州)', () => {
  let t: TestServer;

  before(async () => {
    t = await startTestServer('2026-03-09T02:00:00.000Z', {}, ['huzhou']);
  });
  after(() => t.close());

  it('completes the handling task as a return: the case stops its clock and goes to the centre’s 退单审核', async () => {
    // given a case accepted by the district centre with 市场监管 as lead unit
    const ent = await t.login('huzhou-ent');
    const submitted = await t.call('POST', '/api/v1/jurisdictions/huzhou/cases', ent, {
      channel: 'district-centre',
      title: '新建厂房用地指标落实',
      data: huzhouLandRequestData,
    });
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
    const caseId = submitted.body.id as string;
    const staff = await t.login('huzhou-handler');
    const [triage] = await tasksOf(t, staff, caseId);
    assert.equal(triage?.elementId, 'triage-district');
    await t.call('POST', `/api/v1/tasks/${triage.id}/claim`, staff); // 认领后办理
    const routed = await t.call('POST', `/api/v1/tasks/${triage.id}/complete`, staff, {
      data: { decision: 'accept', requestClass: 'district-general', leadUnit: 'dept-market' },
    });
    assert.equal(routed.status, 200, JSON.stringify(routed.body));
    const [handle] = (await tasksOf(t, staff, caseId)).filter((x) => x.status === 'open');
    assert.equal(handle?.elementId, 'handle');
    await t.call('POST', `/api/v1/tasks/${handle.id}/claim`, staff);
    // then the task page offers 退回 in the form (handleOutcome), not as a separate action
    const page = (await t.call('GET', `/api/v1/tasks/${handle.id}`, staff)).body as {
      actions: { giveBack: boolean; returnInForm: boolean; extension: boolean };
    };
    assert.deepEqual(page.actions, {
      ...page.actions,
      giveBack: false,
      returnInForm: true,
      extension: false,
    });
    // when the unit returns it without the reason code the form requires: 400, nothing changes
    const missing = await t.call('POST', `/api/v1/tasks/${handle.id}/return`, staff, {
      reason: '用地指标属自然资源和规划部门职责。',
    });
    assert.equal(missing.status, 400);
    assert.equal((await t.platform.store.tasks.get(handle.id))?.status, 'open');
    // when it returns it with the reason code
    const returned = await t.call('POST', `/api/v1/tasks/${handle.id}/return`, staff, {
      reason: '用地指标属自然资源和规划部门职责。',
      returnReason: 'not-our-duty',
    });
    assert.equal(returned.status, 200, JSON.stringify(returned.body));
    assert.equal(returned.body.status, 'completed');
    // then the return is recorded, the clock stopped, and the district centre reviews it
    const types = (await t.platform.store.events.listForCase(caseId)).map((e) => e.type);
    for (const type of ['returned', 'sla.paused']) assert.ok(types.includes(type), type);
    assert.ok(!types.includes('answered'));
    const open = (await tasksOf(t, staff, caseId)).filter((x) => x.status === 'open');
    assert.deepEqual(
      open.map((x) => [x.elementId, x.candidateGroups]),
      [['review-return', ['district-centres']]],
    );
    assert.ok((await t.platform.store.cases.get(caseId))?.slaPausedAt);
  });
});
