import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

interface Task {
  id: string;
  caseId: string;
  elementId: string;
  dueAt: string | null;
  deadlineProvisional: boolean;
}
interface StaffRow {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  groups: string[];
  orgUnitId: string | null;
}
interface Detail {
  case: { deadlineAt: string; status: string; deadlineProvisional: boolean };
  timeline: { type: string; actor: string; data: Record<string, unknown> }[];
  tasks: { dueAt: string | null; status: string }[];
}

/** A plausible 2027 notice (国务院办公厅关于2027年部分节假日安排的通知), one holiday per line. */
const notice2027 = `国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至13日（周六）放假调休，共9天。2月14日（周日）、2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
五、端午节：6月9日（周三）放假，共1天。
六、中秋节：9月15日（周三）放假，共1天。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。`;

/** End of a Beijing local day, as an ISO instant (the default dayEndsAt 24:00). */
const endOf = (date: string) =>
  new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();

describe('HTTP API: entering the 2027 holiday notice moves open cases (节假日管理)', () => {
  let t: TestServer;
  let platform: string;
  let ent: string;
  let office: string;
  let handler: string;
  let openCase: string;
  let closedCase: string;

  const submitAndClassify = async (title: string) => {
    const submitted = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'website',
      title,
      data: validIntake,
    });
    const caseId = submitted.body.id as string;
    const review = (
      (await t.call('GET', '/api/v1/tasks?scope=group&limit=100', office)).body.items as Task[]
    ).find((x) => x.caseId === caseId);
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    const done = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'comprehensive' },
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    return caseId;
  };
  const joinExperts = async (admin: string) => {
    const staff = (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/directory/staff', admin))
      .body as unknown as StaffRow[];
    const row = staff.find((s) => s.username === 'jiaxing-etdz-handler');
    const { username, displayName, roles, groups, orgUnitId } = row!;
    const put = await t.call('PUT', `/api/v1/jurisdictions/jiaxing-etdz/directory/staff/${row!.id}`, admin, {
      username,
      displayName,
      roles,
      groups: [...groups, 'experts'],
      orgUnitId,
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
  };
  const workTask = async (caseId: string, elementId: string, data: Record<string, unknown>) => {
    const task = (
      (await t.call('GET', '/api/v1/tasks?scope=group&limit=100', handler)).body.items as Task[]
    ).find((x) => x.caseId === caseId && x.elementId === elementId);
    assert.ok(task, `no ${elementId} task for the handler`);
    await t.call('POST', `/api/v1/tasks/${task.id}/claim`, handler);
    await t.call('POST', `/api/v1/tasks/${task.id}/claim`, handler); // 认领后办理
    const done = await t.call('POST', `/api/v1/tasks/${task.id}/complete`, handler, { data });
    assert.equal(done.status, 200, JSON.stringify(done.body));
  };
  const detail = async (caseId: string) =>
    (await t.call('GET', `/api/v1/cases/${caseId}`, office)).body as unknown as Detail;

  before(async () => {
    // given Monday 25 January 2027, 09:00 Beijing, and no 2027 notice entered yet (2027 is provisional)
    t = await startTestServer('2027-01-25T01:00:00.000Z');
    platform = await t.login('admin');
    ent = await t.login('jiaxing-etdz-ent');
    office = await t.login('jiaxing-etdz-office');
    // and the department's handler also sits on the expert panel (综合类 hears the experts, 第十条)
    await joinExperts(await t.login('jiaxing-etdz-admin'));
    handler = await t.login('jiaxing-etdz-handler');
    // and two 综合类 requests (10 working days) received today; the second is answered and rated
    openCase = await submitAndClassify('用电问题');
    closedCase = await submitAndClassify('用水问题');
    // (the experts' opinion first, then the lead department's answer)
    await workTask(closedCase, 'co-unit-opinion', { opinion: '同意按规定办理' });
    await workTask(closedCase, 'handle', { answer: '已协调处理', resolution: 'solved' });
    const rated = await t.call('POST', `/api/v1/cases/${closedCase}/rating`, ent, {
      level: 'satisfied',
      stars: { quality: 5, attitude: 5, efficiency: 5 },
    });
    assert.equal(rated.status, 201, JSON.stringify(rated.body));
  });
  after(() => t.close());

  it('counts a provisional 2027 by law and says so: deadline marked provisional, banner, status', async () => {
    // then the deadline skips the statutory 春节 days (除夕 5 Feb, 初三 8 Feb; 国务院令第795号) only:
    // 26-29 Jan, 1-4 Feb, 9, 10 Feb -> end of Wed 10 Feb
    const open = await detail(openCase);
    assert.equal(open.case.deadlineAt, endOf('2027-02-10'));
    assert.equal(open.case.deadlineProvisional, true);
    const handle = (
      (await t.call('GET', '/api/v1/tasks?scope=group&limit=100', handler)).body.items as Task[]
    ).find((x) => x.caseId === openCase);
    assert.equal(handle?.dueAt, endOf('2027-02-10'));
    assert.equal(handle?.deadlineProvisional, true);
    const status = await t.call('GET', '/api/v1/calendar/status', office);
    assert.deepEqual(status.body, {
      provisionalYears: [2027, 2028],
      banner: '2027 年节假日安排尚未录入，期限按法定节假日临时计算',
    });
    const year = await t.call('GET', '/api/v1/calendar/national/2027', office);
    assert.equal(year.body.status, 'provisional');
    assert.equal(year.body.source, 'statutory');
  });

  it('refuses the national calendar to a jurisdiction admin (403) and saves nothing', async () => {
    const admin = await t.login('jiaxing-etdz-admin');
    const preview = await t.call('POST', '/api/v1/calendar/national/2027/preview', platform, {
      notice: notice2027,
    });
    const arrangement = preview.body.arrangement as object;
    const refused = await t.call('PUT', '/api/v1/calendar/national/2027', admin, {
      ...arrangement,
      note: '越权',
    });
    assert.equal(refused.status, 403);
    assert.equal((refused.body.error as { code: string }).code, 'not_allowed');
    assert.equal((await t.call('GET', '/api/v1/calendar/national/2027', admin)).body.status, 'provisional');
  });

  it('refuses a notice with a bad line: 400 naming the line, in Chinese, nothing saved', async () => {
    const bad = notice2027.replace('2月14日（周日）', '2月7日（周日）');
    const r = await t.call('POST', '/api/v1/calendar/national/2027/preview', platform, { notice: bad });
    assert.equal(r.status, 400);
    const error = r.body.error as { code: string; details: { path: string; reason: string; code: string }[] };
    assert.equal(error.code, 'invalid_arrangement');
    assert.deepEqual(error.details, [
      {
        path: '/notice/lines/3',
        code: 'workday_in_rest_span',
        reason: '2027-02-07 列为上班日，却在「春节」的放假时间内',
      },
    ]);
  });

  it('previews the notice, then saving it moves the open case with one timeline entry; the closed case stays', async () => {
    // when the platform admin previews the notice
    const preview = await t.call('POST', '/api/v1/calendar/national/2027/preview', platform, {
      notice: notice2027,
    });
    assert.equal(preview.status, 200, JSON.stringify(preview.body));
    assert.ok((preview.body.changedDates as string[]).includes('2027-02-09'));
    assert.ok((preview.body.changedDates as string[]).includes('2027-02-14'));
    // and saves it
    const saved = await t.call('PUT', '/api/v1/calendar/national/2027', platform, {
      ...(preview.body.arrangement as object),
      note: '国办发明电〔2026〕X号',
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.recomputedCases, 1);
    const calendar = saved.body.calendar as {
      status: string;
      source: string;
      version: number;
      history: unknown[];
    };
    assert.deepEqual([calendar.status, calendar.source, calendar.version], ['official', 'notice', 1]);
    // then the open case counts Feb 5-13 off and Sun 14 Feb worked: 26-29 Jan, 1-4 Feb, 14, 15 Feb
    const open = await detail(openCase);
    assert.equal(open.case.deadlineAt, endOf('2027-02-15'));
    assert.equal(open.case.deadlineProvisional, false);
    assert.deepEqual(
      open.tasks.filter((x) => x.status === 'open').map((x) => x.dueAt),
      [endOf('2027-02-15')],
    );
    const entries = open.timeline.filter((e) => e.type === 'sla.recalculated');
    assert.equal(entries.length, 1);
    assert.equal(
      entries[0]?.data.message,
      '国务院办公厅2027年节假日安排录入，期限由2027-02-10调整为2027-02-15',
    );
    // and the closed case keeps the deadline it was judged against, without an entry
    const closed = await detail(closedCase);
    assert.equal(closed.case.status, 'closed');
    assert.equal(closed.case.deadlineAt, endOf('2027-02-10'));
    assert.equal(closed.timeline.filter((e) => e.type === 'sla.recalculated').length, 0);
    // and the status no longer names 2027
    assert.deepEqual((await t.call('GET', '/api/v1/calendar/status', office)).body, {
      provisionalYears: [2028],
      banner: null,
    });
  });

  it('moved the engine timers: no 预警 at the old instant, the 预警 on the morning of the new due day', async () => {
    // when the clock passes the old 预警 instant (09:00 Wed 10 Feb) and the engine runs
    t.clock.set('2027-02-10T02:00:00.000Z');
    office = await t.login('jiaxing-etdz-office'); // sessions last an hour
    await t.platform.engine.runDue();
    const warned = async () =>
      (await detail(openCase)).timeline.filter((e) => e.type === 'exception.warning');
    assert.deepEqual(await warned(), []);
    // when it passes the new one (09:00 Mon 15 Feb)
    t.clock.set('2027-02-15T01:30:00.000Z');
    office = await t.login('jiaxing-etdz-office');
    await t.platform.engine.runDue();
    const [warning] = await warned();
    assert.equal(warning?.data.warnAt, '2027-02-15T01:00:00.000Z');
    assert.equal(warning?.data.deadlineAt, endOf('2027-02-15'));
  });

  it('a jurisdiction admin adds a local holiday: a new mechanism version, and the open case follows it', async () => {
    const admin = await t.login('jiaxing-etdz-admin');
    const r = await t.call('PUT', '/api/v1/jurisdictions/jiaxing-etdz/calendar/overrides', admin, {
      extraHolidays: ['2027-02-15'],
      extraWorkdays: [],
      note: '园区放假一天',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body, { version: 2, recomputedCases: 1 });
    const open = await detail(openCase);
    assert.equal(open.case.deadlineAt, endOf('2027-02-16'));
    assert.equal(
      open.timeline.filter((e) => e.type === 'sla.recalculated').at(-1)?.data.message,
      '本地工作日历调整（机制第2版），期限由2027-02-15调整为2027-02-16',
    );
    const view = await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/calendar/2027', admin);
    const day = (view.body.days as { date: string; source: string; working: boolean }[]).find(
      (d) => d.date === '2027-02-15',
    );
    assert.deepEqual(day, { date: '2027-02-15', weekend: false, working: false, source: 'local' });
    assert.deepEqual(view.body.overrides, { extraHolidays: ['2027-02-15'], extraWorkdays: [] });
    // and another tenant's admin cannot see or change it
    const other = await t.login('other-zone-admin');
    assert.equal(
      (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/calendar/2027', other)).status,
      404,
    );
  });
});
