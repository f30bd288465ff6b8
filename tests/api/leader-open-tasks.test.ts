import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './test-server.js';

interface ListedTask {
  id: string;
  caseId: string;
  caseNumber: string | null;
  caseTitle: string;
  name: string;
  assigneeName: string | null;
  candidateGroups: string[];
  dueAt: string | null;
}

/**
 * 全部在办 for leaders (issue 15: "a hub view of all open tasks of the jurisdiction"): a leader — the
 * 领导 role alone, as a real deployment has it — reads every open task of its jurisdiction, named
 * (case number, title, step, assignee), and works none: no 待办 / 已办 of its own, no claim, no complete.
 */
describe('全部在办: a leader reads every open task of its jurisdiction, read-only', () => {
  let t: TestServer;
  let leader: string;
  let office: string;
  let caseId: string;
  let taskId: string;

  before(async () => {
    t = await startTestServer();
    // given a leader with the 领导 role only (the demo leader also handles a group)
    const demo = await t.platform.store.directory.userByUsername('jiaxing-etdz-leader');
    assert.ok(demo);
    await t.platform.store.transact([
      {
        kind: 'user.upsert',
        record: {
          ...demo,
          id: 'user-jiaxing-etdz-director',
          username: 'jiaxing-etdz-director',
          displayName: '分管主任',
          roles: ['leader'],
          groups: [],
        },
      },
    ]);
    leader = await t.login('jiaxing-etdz-director');
    office = await t.login('jiaxing-etdz-office');
    // and a request waiting for the 企服办's review, claimed by its 受理员
    caseId = await t.submitCase(await t.login('jiaxing-etdz-ent'), 'website', '厂区道路照明报修');
    const group = (await t.call('GET', '/api/v1/tasks?scope=group', office)).body.items as ListedTask[];
    taskId = group.find((x) => x.caseId === caseId)?.id ?? '';
    assert.ok(taskId);
    assert.equal((await t.call('POST', `/api/v1/tasks/${taskId}/claim`, office)).status, 200);
  });
  after(() => t.close());

  it('lists the open task with its case number, title, step and the assignee by name', async () => {
    // when the leader opens 全部在办
    const r = await t.call('GET', '/api/v1/tasks?scope=all', leader);
    // then the review is there, named, and the leader has no counts of its own
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const row = (r.body.items as ListedTask[]).find((x) => x.id === taskId);
    assert.ok(row, 'the open review is listed');
    assert.match(row.caseNumber ?? '', /^JXKF-\d{4}-\d{6}$/);
    assert.equal(row.caseTitle, '厂区道路照明报修');
    assert.ok(row.name.length > 0);
    assert.equal(row.assigneeName, '嘉兴经济技术开发区受理员');
    assert.deepEqual(r.body.counts, { mine: 0, group: 0, unassigned: 0, overdue: 0 });
  });

  it('refuses the leader a worklist of its own: 待办 and 已办 are for those who work tasks', async () => {
    for (const scope of ['mine', 'group', 'unassigned', 'overdue', 'done']) {
      const r = await t.call('GET', `/api/v1/tasks?scope=${scope}`, leader);
      assert.equal(r.status, 403, scope);
      assert.equal((r.body.error as { code: string }).code, 'not_allowed', scope);
    }
  });

  it('refuses the leader to open, claim, release or complete a task, and changes nothing', async () => {
    for (const [method, path, body] of [
      ['GET', `/api/v1/tasks/${taskId}`, undefined],
      ['POST', `/api/v1/tasks/${taskId}/claim`, undefined],
      ['POST', `/api/v1/tasks/${taskId}/unclaim`, undefined],
      ['POST', `/api/v1/tasks/${taskId}/complete`, { data: { decision: 'accept' } }],
    ] as const) {
      const r = await t.call(method, path, leader, body);
      assert.equal(r.status, 403, `${method} ${path}`);
    }
    // the review is still open and still the 受理员's
    const task = await t.platform.store.tasks.get(taskId);
    const clerk = await t.platform.store.directory.userByUsername('jiaxing-etdz-office');
    assert.equal(task?.status, 'open');
    assert.equal(task?.assignee, clerk?.id);
  });

  it("shows another jurisdiction's leader none of these tasks", async () => {
    const other = await t.login('other-zone-leader');
    const r = await t.call('GET', '/api/v1/tasks?scope=all', other);
    assert.equal(r.status, 200);
    assert.ok(!(r.body.items as ListedTask[]).some((x) => x.caseId === caseId));
  });

  it('keeps 全部在办 from a handler, who sees only its own work', async () => {
    const r = await t.call('GET', '/api/v1/tasks?scope=all', await t.login('jiaxing-etdz-handler'));
    assert.equal(r.status, 403);
  });
});
