import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { validIntake } from '../fixtures/jiaxing-etdz-intake.js';
import { assertFitsPhone, openPage, pickOption, shoot, signIn } from './browser.js';
import type { Ctx, Step } from './journey.js';

const phone = { width: 390, height: 844 };

/**
 * Issue 15's 台账 journey: two 嘉兴经开区 requests, one accepted by the 企服办; the dispatcher opens
 * 台账, filters by channel, saves the query, exports the filtered set (.xlsx read back), opens 已办
 * (its accepted review with the case number), on a desktop and at 390 px (cards); the leader's dashboard
 * card 受理件数 drills down to the 台账 of that month; a leader who works no tasks (分管主任) reads
 * 全部在办 — every open task named, the urged one marked, nothing to claim — and opens a case from it.
 */
export function ledgerSteps({ server, browser, consoleErrors }: Ctx): Step[] {
  let office: Page;
  const numbers: string[] = [];
  return [
    {
      name: 'given two requests (hotline, website) and the 企服办 accepting the first',
      run: async () => {
        const ent = await server.login('jiaxing-etdz-ent');
        const ids: string[] = [];
        for (const [channel, title] of [
          ['hotline', '厂房用电增容咨询'],
          ['website', '人才公寓申请政策咨询'],
        ]) {
          const r = await server.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
            channel,
            title,
            data: validIntake,
          });
          assert.equal(r.status, 201, JSON.stringify(r.body));
          const kase = r.body as { id: string; caseNumber: string | null };
          assert.match(kase.caseNumber ?? '', /^JXKF-\d{4}-\d{6}$/, 'numbered when filed');
          ids.push(kase.id);
          numbers.push(kase.caseNumber ?? '');
        }
        const token = await server.login('jiaxing-etdz-office');
        const group = (await server.call('GET', '/api/v1/tasks?scope=group', token)).body as {
          items: { id: string; caseId: string }[];
        };
        const review = group.items.find((t) => t.caseId === ids[0]);
        assert.ok(review, 'the review task is in the 企服办 inbox');
        await server.call('POST', `/api/v1/tasks/${review.id}/claim`, token); // 认领后办理
        const done = await server.call('POST', `/api/v1/tasks/${review.id}/complete`, token, {
          data: { decision: 'accept', requestClass: 'professional' },
        });
        assert.equal(done.status, 200, JSON.stringify(done.body));
      },
    },
    {
      name: 'the dispatcher opens 台账, filters by channel, saves the query and exports the filtered set',
      run: async () => {
        office = await openPage(browser, server.url, consoleErrors);
        await signIn(office, 'jiaxing-etdz-office');
        await office.getByTestId('nav-ledger').click();
        await office.getByTestId('ledger-table').getByText(numbers[1]!).waitFor();
        await pickOption(office, office.getByTestId('ledger-channel'), '96871呼叫热线', false);
        await office.getByTestId('ledger-search').click();
        // the website case leaves the list (the filtered page replaces the first one)
        await office.getByTestId('ledger-table').getByText(numbers[1]!).waitFor({ state: 'detached' });
        await office.getByTestId('ledger-table').getByText(numbers[0]!).waitFor();
        await office.getByLabel('常用查询名称').fill('热线诉求');
        await office.getByTestId('ledger-save').click();
        await office.getByText('热线诉求').waitFor();
        // 办理期限 in the one deadline form of every screen: 2026-12-15（周二）前
        await office
          .getByTestId('ledger-table')
          .getByText(/^\d{4}-\d{2}-\d{2}（周.）前$/)
          .first()
          .waitFor();
        await shoot(office, 'case-ledger', true);
        const [download] = await Promise.all([
          office.waitForEvent('download'),
          office.getByTestId('ledger-export').click(),
        ]);
        assert.match(download.suggestedFilename(), /\.xlsx$/);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile((await download.path())!);
        const sheet = book.getWorksheet('诉求台账');
        assert.equal(sheet?.getCell('A1').text, '案件编号');
        assert.ok(
          [2, 3, 4, 5].some((r) => sheet?.getCell(`A${r}`).text === numbers[0]),
          'the filtered case is exported',
        );
        assert.ok(
          ![2, 3, 4, 5].some((r) => sheet?.getCell(`A${r}`).text === numbers[1]),
          'only the filtered set',
        );
        const deadlines = [2, 3, 4, 5].map((r) => sheet?.getCell(`J${r}`).text ?? '').filter(Boolean);
        assert.equal(sheet?.getCell('J1').text, '办理期限');
        for (const d of deadlines) assert.match(d, /^\d{4}-\d{2}-\d{2}（周.）前$/, 'the one deadline form');
      },
    },
    {
      name: 'the dispatcher opens 已办: the accepted review with its case number and outcome',
      run: async () => {
        await office.goto('/#/inbox/done');
        await office.getByText(numbers[0]!).waitFor();
        await office.getByText('受理', { exact: true }).first().waitFor();
        await shoot(office, 'done-tasks');
        await office.goto('/#/inbox/all');
        await office.getByText(numbers[1]!).waitFor();
      },
    },
    {
      name: 'at 390 px the 台账 form stacks into one column and 已办 fits the screen',
      run: async () => {
        const mobile = await openPage(browser, server.url, consoleErrors, phone);
        await signIn(mobile, 'jiaxing-etdz-office');
        await mobile.goto('/#/ledger');
        await mobile.getByTestId('ledger-table').getByText(numbers[0]!).waitFor();
        await assertFitsPhone(mobile, '台账');
        await shoot(mobile, 'case-ledger-390', true);
        await mobile.goto('/#/inbox/done');
        await mobile.getByText(numbers[0]!).waitFor();
        // one card per completed task: the case, the step, when and with what outcome
        const card = mobile.getByTestId('task-row').filter({ hasText: numbers[0]! });
        await card.getByText('受理', { exact: true }).waitFor();
        await card.getByTestId('task-case-open').waitFor();
        await assertFitsPhone(mobile, '已办');
        await shoot(mobile, 'done-tasks-390', true);
        await mobile.context().close();
      },
    },
    {
      name: 'the leader’s 受理件数 card drills down to the month’s 台账',
      run: async () => {
        const leader = await openPage(browser, server.url, consoleErrors);
        await signIn(leader, 'jiaxing-etdz-leader');
        await leader.goto('/#/reports');
        await leader.getByTestId('stat-received-drill').click();
        await leader.getByTestId('ledger-page').waitFor();
        assert.match(decodeURIComponent(leader.url()), /#\/ledger\/from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}/);
        await leader.getByTestId('ledger-table').getByText(numbers[0]!).waitFor();
        await leader.context().close();
      },
    },
    {
      name: 'a leader who works no tasks reads 全部在办: every open task named, the urged one marked, no claim',
      run: async () => {
        // given a 分管主任 with the 领导 role alone, activated by the admin's link
        const admin = await server.login('jiaxing-etdz-admin');
        const api = '/api/v1/jurisdictions/jiaxing-etdz';
        const created = await server.call('POST', `${api}/directory/staff`, admin, {
          username: 'jiaxing-etdz-director',
          displayName: '分管主任',
          roles: ['leader'],
          groups: [],
        });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const links = await server.call('POST', `${api}/accounts/activation-links`, admin, {
          ids: [(created.body as { id: string }).id],
        });
        const path = (links.body as { links: { path: string }[] }).links[0]?.path ?? '';
        const activated = await server.call('POST', '/api/v1/auth/activate', undefined, {
          token: decodeURIComponent(path.replace('/#/activate/', '')),
          newPassword: 'Demo@2026',
        });
        assert.equal(activated.status, 200, JSON.stringify(activated.body));
        // and the hotline request's next step urged by the 企服办
        const token = await server.login('jiaxing-etdz-office');
        const all = (await server.call('GET', '/api/v1/tasks?scope=all', token)).body as {
          items: { id: string; caseNumber: string | null }[];
        };
        const next = all.items.find((x) => x.caseNumber === numbers[0]);
        assert.ok(next, 'the accepted request has a next step');
        const urged = await server.call('POST', `/api/v1/tasks/${next.id}/urge`, token, {
          message: '请尽快联系企业核实用电负荷',
        });
        assert.equal(urged.status, 202, JSON.stringify(urged.body));
        // when the leader opens 全部在办 from its navigation
        const leader = await openPage(browser, server.url, consoleErrors);
        await signIn(leader, 'jiaxing-etdz-director');
        await leader.getByTestId('nav-inbox').getByText('全部在办').click();
        const table = leader.getByTestId('task-table');
        // then both requests' open steps are there by case number, the urged one marked
        await table.getByText(numbers[1]!).waitFor();
        const row = leader.getByTestId('task-row').filter({ hasText: numbers[0]! });
        await row.getByTestId('urge-marker').getByText('催办 1 次').waitFor();
        assert.equal(await leader.getByTestId('task-claim').count(), 0, 'nothing to claim');
        assert.equal(await leader.getByTestId('task-open').count(), 0, 'no task page to work');
        await shoot(leader, 'leader-open-tasks');
        // and a row opens the case page
        await row.getByTestId('task-case-open').click();
        await leader.getByText(numbers[0]!).first().waitFor();
        assert.match(leader.url(), /#\/cases\//);
        await leader.context().close();
        // at 390 px: one card per task, nothing wider than the screen
        const phoneLeader = await openPage(browser, server.url, consoleErrors, phone);
        await signIn(phoneLeader, 'jiaxing-etdz-director');
        await phoneLeader.goto('/#/inbox');
        const card = phoneLeader.getByTestId('task-row').filter({ hasText: numbers[0]! });
        await card.getByTestId('urge-marker').waitFor();
        await phoneLeader.getByTestId('task-row').filter({ hasText: numbers[1]! }).waitFor();
        await assertFitsPhone(phoneLeader, '全部在办');
        await shoot(phoneLeader, 'leader-open-tasks-390', true);
        await phoneLeader.context().close();
        await office.context().close();
      },
    },
  ];
}
