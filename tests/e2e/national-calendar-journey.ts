import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertFitsPhone, openPage, shoot, signIn } from './browser.js';
import type { Ctx, Step } from './journey.js';

interface CaseView {
  id: string;
  deadlineAt: string | null;
  deadlineProvisional?: boolean;
}

interface TimelineView {
  type: string;
  data: Record<string, unknown>;
}

/** 2027's arrangement as the 国务院办公厅 notice would state it: 除夕 is 2027-02-05 (a Friday). */
const notice2027 = [
  '一、元旦：1月1日至3日放假，共3天。',
  '二、春节：2月5日至12日放假调休，共8天。2月14日（周日）、2月20日（周六）上班。',
  '三、清明节：4月3日至5日放假，共3天。',
  '四、劳动节：5月1日至5日放假调休，共5天。4月25日（周日）、5月8日（周六）上班。',
  '五、端午节：6月9日放假，共1天。',
  '六、中秋节：9月15日放假，共1天。',
  '七、国庆节：10月1日至7日放假调休，共7天。9月26日（周日）、10月9日（周六）上班。',
].join('\n');
/** The same with a date that does not exist on line 2: refused at that line, nothing saved. */
const badNotice2027 = ['元旦：1月1日至3日放假，共3天。', '春节：2月5日至2月30日放假调休。'].join('\n');

/**
 * Issue 11's journey: the platform admin sees that 2027 is provisional, enters the 2027 notice on
 * 节假日管理 (a bad line is refused at that line), previews the changed days, saves with a note; an
 * open 苏州 request due beyond the changed days has its deadline moved, with a timeline entry; the
 * screen works at 390 px; a jurisdiction admin adds a local rest day.
 */
export function nationalCalendarSteps({ server, browser, consoleErrors }: Ctx): Step[] {
  let admin: Page;
  let adminToken = '';
  let caseId = '';
  let dueBefore = '';
  let banner: string | null = null;
  const caseOf = async (id: string) => {
    const r = await server.call('GET', `/api/v1/cases/${id}`, adminToken);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body as { case: CaseView; timeline: TimelineView[] };
  };
  return [
    {
      name: 'given an open 苏州 request (一般性诉求, 365 working days) whose deadline is counted on provisional years',
      run: async () => {
        const ent = await server.login('suzhou-ent');
        const submitted = await server.call('POST', '/api/v1/jurisdictions/suzhou/cases', ent, {
          channel: 'hotline-12345',
          title: '咨询研发费用加计扣除政策',
          data: {
            enterpriseName: '苏州精密制造有限公司',
            district: 'snd',
            matterType: 'policy',
            description: '咨询研发费用加计扣除的适用条件',
            contactName: '王明',
            contactPhone: '13962100001',
          },
        });
        assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
        caseId = (submitted.body as CaseView).id;
        const office = await server.login('suzhou-office');
        const group = (await server.call('GET', '/api/v1/tasks?scope=group', office)).body as {
          items: { id: string; caseId: string }[];
        };
        const triage = group.items.find((t) => t.caseId === caseId);
        assert.ok(triage, 'triage task in the 12345 seat inbox');
        await server.call('POST', `/api/v1/tasks/${triage.id}/claim`, office); // 认领后办理
        const done = await server.call('POST', `/api/v1/tasks/${triage.id}/complete`, office, {
          data: { requestClass: 'general' },
        });
        assert.equal(done.status, 200, JSON.stringify(done.body));
        adminToken = await server.login('admin');
        const { case: kase } = await caseOf(caseId);
        assert.ok(kase.deadlineAt, 'the request has a deadline');
        assert.equal(kase.deadlineProvisional, true, 'due in a year without an official arrangement');
        dueBefore = kase.deadlineAt;
      },
    },
    {
      name: 'the platform admin sees the provisional-year banner and opens 节假日管理 for 2027 (临时)',
      run: async () => {
        const status = await server.call('GET', '/api/v1/calendar/status', adminToken);
        assert.equal(status.status, 200, JSON.stringify(status.body));
        banner = (status.body as { banner: string | null }).banner;
        admin = await openPage(browser, server.url, consoleErrors);
        await signIn(admin, 'admin');
        if (banner !== null) {
          // the banner shows on every admin page, the server's words, with the way to the screen
          await admin.getByTestId('calendar-banner').filter({ hasText: banner }).waitFor();
          await admin.getByTestId('calendar-banner-link').click();
          await admin.waitForURL(/#\/calendar\/\d{4}$/);
        }
        await admin.goto('/#/calendar/2027');
        await admin.getByTestId('cal-status-tag').filter({ hasText: '临时' }).waitFor();
        const eve = admin.locator('td[data-date="2027-02-05"]'); // 除夕, statutory by law
        assert.equal(await eve.getAttribute('data-kind'), 'holiday');
        assert.match((await eve.getAttribute('class')) ?? '', /cal-tone-statutory/);
        await shoot(admin, 'national-calendar', true);
      },
    },
    {
      name: 'a sheet with an unknown day type and a notice with an impossible date are refused at their line; the 2027 notice previews its changed days',
      run: async () => {
        const sheet = '日期,类型,名称\n2027-02-09,休,春节\n2027-02-10,值班,春节\n';
        await admin
          .getByTestId('cal-import-file')
          .setInputFiles({ name: '2027.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
        await admin
          .getByTestId('cal-notice-errors')
          .getByTestId('cal-problem')
          .filter({ hasText: '第 3 行' }) // the spreadsheet's row 3: the second day
          .first()
          .waitFor();
        await admin.getByTestId('cal-notice-text').fill(badNotice2027);
        await admin.getByTestId('cal-preview').click();
        const errors = admin.getByTestId('cal-notice-errors');
        await errors.getByTestId('cal-problem').filter({ hasText: '第 2 行' }).first().waitFor();
        await admin.getByTestId('cal-notice-text').fill(notice2027);
        await admin.getByTestId('cal-preview').click();
        await admin.getByTestId('cal-preview-banner').waitFor();
        assert.equal(await errors.count(), 0);
        const extra = admin.locator('td[data-date="2027-02-10"]'); // a weekday off by the notice
        assert.equal(await extra.getAttribute('data-kind'), 'holiday');
        assert.match((await extra.getAttribute('class')) ?? '', /cal-changed/);
        const makeup = admin.locator('td[data-date="2027-02-20"]'); // a Saturday worked (班)
        assert.equal(await makeup.getAttribute('data-kind'), 'makeup');
        await shoot(admin, 'national-calendar-preview', true);
      },
    },
    {
      name: 'saved with a required note after a confirmation naming the changed dates; the request’s deadline moves',
      run: async () => {
        await admin.getByTestId('cal-save').click();
        await admin.getByText('请填写变更说明').waitFor(); // the note is required
        await admin.getByTestId('cal-note').fill('依据国务院办公厅关于2027年部分节假日安排的通知录入');
        await admin.getByTestId('cal-save').click();
        const body = admin.getByTestId('cal-confirm-body');
        await body.waitFor();
        assert.match((await body.textContent()) ?? '', /\d+ 个日期/);
        await admin.getByTestId('cal-confirm-ok').click();
        const saved = admin.getByTestId('cal-saved');
        await saved.waitFor();
        assert.match((await saved.textContent()) ?? '', /已调整 [1-9]\d* 件在办诉求的期限/);
        await admin.getByTestId('cal-status-tag').filter({ hasText: '正式' }).waitFor();
        await admin.getByTestId('cal-history-item').filter({ hasText: '平台管理员' }).first().waitFor();
        if (banner?.includes('2027'))
          await admin.getByTestId('calendar-banner').waitFor({ state: 'detached' });
        await shoot(admin, 'national-calendar-saved');
        const { case: kase, timeline } = await caseOf(caseId);
        assert.ok(kase.deadlineAt && Date.parse(kase.deadlineAt) > Date.parse(dueBefore), 'deadline later');
        assert.ok(
          timeline.some((e) => e.type === 'sla.recalculated'),
          `a timeline entry says why: ${timeline.map((e) => e.type).join(', ')}`,
        );
      },
    },
    {
      name: 'the enterprise sees the moved deadline on its request page, still marked 临时 (due in 2028)',
      run: async () => {
        const ent = await openPage(browser, server.url, consoleErrors);
        await signIn(ent, 'suzhou-ent');
        await ent.goto(`/#/cases/${caseId}`);
        await ent.getByTestId('case-summary').getByTestId('deadline-provisional').waitFor();
        const { case: kase } = await caseOf(caseId);
        const day = new Intl.DateTimeFormat('zh-CN', {
          timeZone: 'Asia/Shanghai',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }).format(new Date(Date.parse(kase.deadlineAt ?? '') - 1)); // 24:00 reads as the day before
        await ent.getByTestId('case-summary').getByText(day).waitFor();
        await shoot(ent, 'national-calendar-case', true);
      },
    },
    {
      name: 'at 390 px the month grids wrap to one column and nothing is cut off',
      run: async () => {
        const phone = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signIn(phone, 'admin');
        await phone.goto('/#/calendar/2027');
        await phone.getByTestId('cal-month-12').waitFor();
        await phone
          .getByTestId('cal-legend')
          .evaluate((el) =>
            (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'start' }),
          ); // the grids, under the notice panel
        const lefts = await phone
          .locator('.cal-month')
          .evaluateAll((ts) =>
            ts.map((t) =>
              Math.round(
                (t as unknown as { getBoundingClientRect(): { left: number } }).getBoundingClientRect().left,
              ),
            ),
          );
        assert.equal(new Set(lefts).size, 1, `one column: ${lefts.join(',')}`);
        await assertFitsPhone(phone, 'national calendar');
        await shoot(phone, 'national-calendar-mobile');
      },
    },
    {
      name: 'a jurisdiction admin marks a local rest day on the same grid (note required) and saves it',
      run: async () => {
        const local = await openPage(browser, server.url, consoleErrors);
        await signIn(local, 'jiaxing-etdz-admin');
        await local.goto('/#/calendar/2027');
        await local.getByTestId('cal-local').waitFor();
        assert.equal(await local.locator('td[data-date="2027-02-10"]').getAttribute('data-kind'), 'holiday');
        await local.getByTestId('cal-day-2027-03-01').click();
        await local.getByTestId('cal-local-edit').filter({ hasText: '本地休息日' }).waitFor();
        await local.getByTestId('cal-local-save').click();
        await local.getByText('请填写变更说明').waitFor();
        await local.getByTestId('cal-local-note').fill('经开区成立纪念日，区内放假一天');
        await local.getByTestId('cal-local-save').click();
        await local.getByTestId('cal-local-saved').waitFor();
        const day = local.locator('td[data-date="2027-03-01"]');
        assert.match((await day.getAttribute('class')) ?? '', /cal-tone-local/);
        await shoot(local, 'national-calendar-local');
      },
    },
  ];
}
