import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from './test-server.js';

interface Task {
  id: string;
  name: string;
  assignee: string | null;
  dueAt: string | null;
}

describe('HTTP API: task work (filters, 改派, 退回, 延期, 催办, comments) and the monthly KPI report', () => {
  let t: TestServer;
  let ent: string;
  let office: string;
  let handler: string;
  let leader: string;
  let caseId: string;

  before(async () => {
    t = await startTestServer('2026-03-09T02:00:00.000Z'); // Mon 10:00 Beijing
    ent = await t.login('jiaxing-etdz-ent');
    office = await t.login('jiaxing-etdz-office');
    handler = await t.login('jiaxing-etdz-handler');
    leader = await t.login('jiaxing-etdz-leader');
    caseId = await t.submitCase(ent, 'hotline', '用电问题');
  });
  after(() => t.close());

  it('filters the task list by channel and by due window, and sorts it', async () => {
    const review = await t.call('GET', '/api/v1/tasks?scope=group&channel=hotline&sort=-created', office);
    assert.equal(review.status, 200);
    assert.equal(review.body.total, 1);
    assert.equal((await t.call('GET', '/api/v1/tasks?channel=window', office)).body.total, 0);
    const bad = await t.call('GET', '/api/v1/tasks?sort=sideways', office);
    assert.equal(bad.status, 400);
  });

  it('routes the case, then reassigns, returns, extends (approved by the dispatcher) and urges its task on the timeline', async () => {
    const review = ((await t.call('GET', '/api/v1/tasks?scope=group', office)).body.items as Task[])[0];
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    const done = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(done.status, 200);
    const inbox = (await t.call('GET', '/api/v1/tasks?scope=group&dueWithinWorkingDays=5', handler)).body
      .items as Task[];
    const task = inbox[0];
    assert.ok(task?.dueAt, 'the handling task is due within 5 working days');
    const me = (await t.call('GET', '/api/v1/me', handler)).body as { id?: string; user?: { id: string } };
    const handlerId = me.user?.id ?? me.id ?? '';
    // 改派 is the dispatcher's
    assert.equal(
      (
        await t.call('POST', `/api/v1/tasks/${task.id}/reassign`, handler, {
          assignee: handlerId,
          reason: '转交',
        })
      ).status,
      403,
    );
    const reassigned = await t.call('POST', `/api/v1/tasks/${task.id}/reassign`, office, {
      assignee: handlerId,
      reason: '由承办员办理',
    });
    assert.equal(reassigned.body.assignee, handlerId);
    const returned = await t.call('POST', `/api/v1/tasks/${task.id}/return`, handler, {
      reason: '不属于本部门职责',
    });
    assert.equal(returned.body.assignee, null);
    // 嘉兴经开区 grants no extensions (sla.maxExtensions = 0): the request is refused, even once claimed
    await t.call('POST', `/api/v1/tasks/${task.id}/claim`, handler);
    const asked = await t.call('POST', `/api/v1/tasks/${task.id}/extension`, handler, {
      workingDays: 3,
      reason: '需现场核查',
    });
    assert.equal(asked.status, 409);
    assert.equal((asked.body.error as { code: string }).code, 'extension_not_allowed');
    assert.equal(
      (await t.call('POST', `/api/v1/tasks/${task.id}/urge`, leader, { message: '请加快办理' })).status,
      202,
    );
    assert.equal(
      (await t.call('POST', `/api/v1/cases/${caseId}/comments`, office, { text: '已电话联系企业' })).status,
      201,
    );
    const timeline = (
      (await t.call('GET', `/api/v1/cases/${caseId}`, office)).body.timeline as { type: string }[]
    ).map((e) => e.type);
    for (const type of ['task.reassigned', 'task.returned', 'urged', 'comment'])
      assert.ok(timeline.includes(type), type);
  });

  it('reports the month’s KPIs with urgings counted, and exports the .xlsx with a ranking sheet', async () => {
    const kpi = await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/reports/kpi?month=2026-03', leader);
    assert.equal(kpi.status, 200);
    const total = kpi.body.total as { received: number; inProgress: number; urgings: number };
    assert.equal(total.received, 1, JSON.stringify(kpi.body));
    assert.equal(total.inProgress, 1);
    assert.equal(total.urgings, 1);
    // the demo hub's staff belong to the demo 受理中心: the case it accepted counts for that unit
    const units = kpi.body.units as { name: string; received: number; urgings: number }[];
    assert.deepEqual(
      units.map((u) => [u.name, u.received, u.urgings]),
      [['受理中心', 1, 1]],
    );
    assert.equal(
      (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/reports/kpi?month=2026-13', leader)).status,
      400,
    );
    assert.equal(
      (await t.call('GET', '/api/v1/jurisdictions/other-zone/reports/kpi?month=2026-03', leader)).status,
      404,
    );
    const file = await fetch(`${t.url}/api/v1/jurisdictions/jiaxing-etdz/reports/kpi.xlsx?month=2026-03`, {
      headers: { authorization: `Bearer ${leader}` },
    });
    assert.equal(file.status, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.arrayBuffer());
    assert.deepEqual(
      book.worksheets.map((w) => w.name),
      ['汇总', '单位排名'],
    );
    assert.equal(book.getWorksheet('单位排名')?.getCell('A1').text, '排名');
  });
});
