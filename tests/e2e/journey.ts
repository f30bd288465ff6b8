import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chooseOption, openPage, shoot, signIn } from './browser.js';
import type { E2eServer } from './e2e-server.js';
import { validIntake as intakeData } from '../fixtures/jiaxing-etdz-intake.js';

/** A valid 1×1 PNG (attachments are checked against their magic bytes). */
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export interface Ctx {
  server: E2eServer;
  browser: Browser;
  consoleErrors: string[];
}

export interface Step {
  name: string;
  run: () => Promise<void>;
}

interface TaskView {
  id: string;
  caseId: string;
  elementId: string;
  workingDaysLeft: number | null;
}

/**
 * The journey: an admin changes a deadline and the evaluation scale and publishes; a new
 * case gets the new deadline; a handler completes a task through the generated form; the enterprise
 * rates on the new scale; the leader's dashboard shows it. Then a broken version strands a case: the
 * admin rolls back and migrates the stuck case, which proceeds.
 */
export function journeySteps({ server, browser, consoleErrors }: Ctx): Step[] {
  let admin: Page;
  let ent: Page;
  let handler: Page;
  let caseId = '';
  const pages = async (username: string) => {
    const p = await openPage(browser, server.url, consoleErrors);
    await signIn(p, username);
    return p;
  };
  return [
    {
      name: 'admin opens the mechanism studio (rjsf settings form from the mechanism schema)',
      run: async () => {
        admin = await openPage(browser, server.url, consoleErrors);
        await admin.goto('/#/login');
        await admin.getByTestId('login-submit').waitFor();
        await shoot(admin, 'login');
        // focus order: a new page focuses <main>; Tab then walks the form in reading order
        const order: string[] = [];
        for (let i = 0; i < 5; i++) {
          await admin.keyboard.press('Tab');
          order.push(
            (await admin.evaluate("document.activeElement?.getAttribute('data-testid') ?? ''")) as string,
          );
        }
        // then 统一身份认证 (the browser run configures a provider), then the demo accounts
        assert.deepEqual(
          order.slice(0, 4),
          ['login-username', 'login-password', 'login-submit', 'sso-login'],
          order.join(' | '),
        );
        assert.match(order[4] ?? '', /^demo-user-/);
        await signIn(admin, 'jiaxing-etdz-admin');
        await admin.goto('/#/admin/settings');
        await admin.getByTestId('section-requestClasses').click();
        await admin.locator('#requestClasses_1_workingDays').waitFor();
        await shoot(admin, 'admin-settings');
      },
    },
    {
      name: 'inline validation: an invalid deadline is flagged in place and publishing it is refused',
      run: async () => {
        // a deadline beyond the schema's 365 working days: the message stands under the field, in Chinese
        await admin.locator('#requestClasses_1_workingDays').fill('400');
        await admin.locator('#requestClasses_1_workingDays').press('Tab');
        await admin.getByTestId('section-form-requestClasses').getByText('不能大于 365').first().waitFor();
        await admin.getByTestId('draft-publish').click();
        await admin.getByTestId('publish-outcome').filter({ hasText: '错误' }).waitFor();
        await admin
          .getByTestId('problems')
          .getByText('mechanism.json/requestClasses/1/workingDays')
          .waitFor();
        await admin
          .getByTestId('section-requestClasses')
          .locator('xpath=..')
          .filter({ hasText: '⚠' })
          .waitFor();
        await shoot(admin, 'admin-publish-refused');
      },
    },
    {
      name: 'admin changes the 专业类 deadline to 3 working days and renames 一般 to 基本满意, previews the change with its impact and publishes v2 with a note',
      run: async () => {
        // an open case on v1: the preview says it stays there
        const early = await server.call(
          'POST',
          '/api/v1/jurisdictions/jiaxing-etdz/cases',
          await server.login('jiaxing-etdz-ent'),
          { channel: 'website', title: '政策咨询（旧版本受理）', data: intakeData },
        );
        assert.equal(early.status, 201, JSON.stringify(early.body));
        await admin.locator('#requestClasses_1_workingDays').fill('3');
        await admin.locator('#requestClasses_1_workingDays').press('Tab');
        await admin.getByTestId('section-evaluation').click();
        const label = admin.locator('#evaluation_levels_1_label_zh');
        await label.fill('基本满意');
        await label.press('Tab');
        await admin.getByTestId('draft-publish').click();
        const preview = admin.getByTestId('publish-preview');
        await preview.getByText('专业类 办理时限：5 个工作日 → 3 个工作日').waitFor(); // words, not JSON pointers
        await preview.getByText('评价等级「一般」改名为「基本满意」').waitFor();
        await admin.getByTestId('publish-impact').filter({ hasText: 'v1 上有 1 件在办诉求' }).waitFor();
        assert.equal(
          await admin.getByTestId('publish-confirm').isDisabled(),
          true,
          'a change note is required',
        );
        await admin
          .getByTestId('publish-note')
          .fill('按新文件：专业类办理时限改为 3 个工作日，“一般”改称“基本满意”');
        await shoot(admin, 'admin-publish-preview');
        await admin.getByTestId('publish-confirm').click();
        await admin.getByTestId('publish-outcome').filter({ hasText: '已发布版本 2' }).waitFor();
        await admin.getByTestId('draft-base').filter({ hasText: '2' }).waitFor();
      },
    },
    {
      name: 'versions: the diff shows the changed deadline and label; the modeller and form editor open',
      run: async () => {
        await admin.getByTestId('admin-tab-versions').click();
        const settings = admin.getByTestId('diff-settings');
        await settings.getByText('专业类 办理时限：5 个工作日 → 3 个工作日').waitFor();
        await admin.getByTestId('versions').getByText('“一般”改称“基本满意”', { exact: false }).waitFor();
        await admin.getByTestId('admin-tab-modeler').click();
        await admin.getByTestId('bpmn-canvas').locator('svg .djs-element').first().waitFor();
        await admin
          .getByTestId('bpmn-canvas')
          .locator('.djs-shape', { hasText: '受理审查与分类' })
          .first()
          .click();
        await admin.getByText('分配', { exact: true }).first().waitFor(); // the Zeebe properties panel, in Chinese
        await shoot(admin, 'admin-modeler');
        await admin.getByTestId('admin-tab-forms').click();
        await admin.getByTestId('form-answer').click();
        await admin.getByTestId('form-preview').locator('textarea').first().waitFor();
        await shoot(admin, 'admin-forms');
      },
    },
    {
      name: 'directory: add an org unit, list staff, refused .xlsx/.csv import with its error report, pair an officer',
      run: async () => {
        await admin.goto('/#/directory/org');
        await admin.getByTestId('org-name').fill('经开区企业服务中心');
        await admin.getByTestId('org-kind').selectOption('department');
        await admin.getByTestId('org-add').click();
        await admin.getByRole('treeitem').getByText('经开区企业服务中心').waitFor();
        await shoot(admin, 'directory-org');
        await admin.getByTestId('dir-tab-staff').click();
        await admin.getByTestId('staff-row').filter({ hasText: 'jiaxing-etdz-handler' }).waitFor();
        await shoot(admin, 'directory-staff');
        await admin.getByTestId('dir-tab-enterprises').click();
        await admin.getByTestId('ent-row').first().waitFor();
        const csv = '统一社会信用代码,企业名称,规模\nNOT-A-CODE,坏数据有限公司,特大\n';
        await admin
          .getByTestId('import-file')
          .setInputFiles({ name: 'enterprises.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await admin.getByTestId('import-submit').click();
        await admin.getByTestId('import-report').waitFor(); // all rows or none: nothing imported
        const report = admin.waitForEvent('download');
        await admin.getByTestId('import-report').click();
        assert.match((await report).suggestedFilename(), /^import-errors\.xlsx$/);
        await shoot(admin, 'directory-enterprises');
        await admin.getByTestId('dir-tab-pairings').click();
        await admin.getByTestId('pair-staff').selectOption({ label: '嘉兴经济技术开发区承办员' });
        await admin.getByTestId('pair-enterprise').selectOption({ index: 1 });
        await admin.getByTestId('pair-add').click();
        await admin.getByTestId('pair-row').filter({ hasText: '嘉兴经济技术开发区承办员' }).waitFor();
        await shoot(admin, 'directory-pairings');
        await admin.getByTestId('pair-row').getByRole('button', { name: '解除结对' }).click(); // keep the case unassigned
        await admin.getByTestId('pair-row').waitFor({ state: 'detached' });
      },
    },
    {
      name: 'an enterprise submits a request through the intake form',
      run: async () => {
        ent = await pages('jiaxing-etdz-ent');
        await ent.goto('/#/enterprise/new');
        await ent.locator('#intake_contactPhone').waitFor();
        await ent.waitForLoadState('networkidle'); // the intake form re-renders once its definition arrives
        await ent.getByTestId('submit-request').click(); // empty: every required field says so, in Chinese
        await ent.getByText('此项为必填项').first().waitFor();
        await chooseOption(ent, 'intake_channel', '网站');
        await ent.locator('#intake_title').fill('用电增容问题');
        await ent.getByLabel('区内注册企业').check();
        await ent.locator('#intake_registeredInZone').check();
        await chooseOption(ent, 'intake_industry', '工业企业');
        await chooseOption(ent, 'intake_matterType', '生产经营');
        await ent.locator('#intake_description').fill('生产经营中遇到的用电增容问题');
        await ent.locator('#intake_contactName').fill('王五');
        await ent.locator('#intake_creditCode').fill('91330400MA2B3C4D5X'); // a wrong check character
        await ent.locator('#intake_creditCode').press('Tab');
        await ent.getByText('统一社会信用代码不正确').waitFor(); // the format said in words, in the browser
        await ent.locator('#intake_creditCode').fill('');
        await ent.locator('#intake_contactPhone').fill('13900000000');
        await ent
          .getByTestId('intake-file') // a file picked in the form itself, uploaded once the case exists
          .setInputFiles({ name: '营业执照.png', mimeType: 'image/png', buffer: onePixelPng });
        await ent
          .getByTestId('intake-file-row')
          .filter({ hasText: '营业执照.png' })
          .getByText('待上传')
          .waitFor();
        await ent
          .getByTestId('intake-file') // and one whose content is not what its name says
          .setInputFiles({ name: '合同.png', mimeType: 'image/png', buffer: Buffer.from('不是图片') });
        await shoot(ent, 'enterprise-submit', true);
        await ent.getByTestId('submit-request').click();
        // then the case is created, the good file uploaded, the bad one named with its reason, in Chinese
        const row = (name: string) => ent.getByTestId('intake-file-row').filter({ hasText: name });
        await row('合同.png').getByText('上传失败：文件内容不是 PNG 文件').waitFor();
        await row('营业执照.png').getByText('已上传').waitFor();
        await ent.getByTestId('intake-files-retry').click(); // a retry sends only the failed file again
        await ent.getByTestId('intake-files-failed').waitFor();
        await shoot(ent, 'enterprise-submit-failed-file', true);
        await ent.getByTestId('intake-files-skip').click();
        await ent.getByTestId('submit-success').waitFor();
        await ent.getByTestId('attachment-row').filter({ hasText: '营业执照.png' }).waitFor(); // on the case
        const token = await server.login('jiaxing-etdz-ent');
        const list = (await server.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/cases', token)).body as {
          items: { id: string; definitionVersion: number }[];
        };
        caseId = list.items[0]?.id ?? '';
        assert.equal(list.items[0]?.definitionVersion, 2);
      },
    },
    {
      name: 'the office classifies it as 专业类; the handling task gets the new 3-working-day deadline',
      run: async () => {
        const office = await server.login('jiaxing-etdz-office');
        const group = (await server.call('GET', '/api/v1/tasks?scope=group', office)).body as {
          items: TaskView[];
        };
        const review = group.items.find((t) => t.caseId === caseId);
        assert.ok(review, 'review task in the office inbox');
        handler = await pages('jiaxing-etdz-handler'); // an open inbox, refreshed by server-sent events
        await handler.goto('/#/inbox/group');
        await handler.getByTestId('inbox-empty').waitFor();
        await server.call('POST', `/api/v1/tasks/${review.id}/claim`, office); // 认领后办理
        const done = await server.call('POST', `/api/v1/tasks/${review.id}/complete`, office, {
          data: { decision: 'accept', requestClass: 'professional' },
        });
        assert.equal(done.status, 200, JSON.stringify(done.body));
        const token = await server.login('jiaxing-etdz-handler');
        const inbox = (await server.call('GET', '/api/v1/tasks?scope=group', token)).body as {
          items: TaskView[];
        };
        const handle = inbox.items.find((t) => t.caseId === caseId);
        assert.equal(handle?.workingDaysLeft, 3);
      },
    },
    {
      name: "the task arrives live in the handler's open inbox (SSE); search, claim, return with a reason, re-claim, complete through the rjsf-generated form",
      run: async () => {
        await handler.getByTestId('task-row').first().waitFor(); // arrived live, without a reload
        await handler.getByTestId('inbox-count-due-soon').filter({ hasText: '0' }).waitFor(); // 3 days left
        await handler.keyboard.press('/'); // keyboard shortcut to the search box
        await handler.keyboard.type('不存在的标题');
        await handler.getByTestId('inbox-empty').waitFor();
        await handler.getByTestId('inbox-search').fill('增容');
        await handler.getByTestId('task-row').first().waitFor();
        await shoot(handler, 'inbox');
        await handler.getByTestId('task-row').first().getByTestId('task-open').click();
        await handler.getByTestId('task-claim').click();
        await handler.getByTestId('task-action-giveBack').click(); // 退回 with a reason, then take it again
        await handler.getByTestId('task-action-reason').fill('需先确认供电线路归属');
        await handler.getByTestId('task-action-send').click();
        await handler.getByTestId('task-action-send-confirm').click(); // 确认退回
        await handler.getByTestId('task-action-done').waitFor();
        await handler.getByTestId('task-claim').click();
        const form = handler.getByTestId('task-form');
        await form.waitFor();
        await form.getByTestId('task-form-submit').click();
        await form.locator('.ant-form-item-explain-error').first().waitFor(); // required answer flagged
        await form.getByText('此项为必填项').first().waitFor(); // rjsf's messages in Chinese
        await handler.locator('#task-answer_answer').fill('已协调供电公司完成增容');
        await handler.locator('#task-answer_answer').press('Tab');
        await form.getByText('已解决').click();
        await shoot(handler, 'task-form');
        await form.getByTestId('task-form-submit').click();
        await handler.getByTestId('task-done').waitFor();
      },
    },
    {
      name: 'the enterprise rates the answer on the new scale (基本满意 + stars)',
      run: async () => {
        await ent.goto(`/#/cases/${caseId}`);
        await ent.getByTestId('case-summary').waitFor(); // the submission screen (with its own upload) is gone
        await ent
          .getByTestId('attachment-file')
          .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: onePixelPng });
        await ent.getByTestId('attachment-row').filter({ hasText: '现场照片.png' }).waitFor();
        await ent.getByTestId('rate-open').click();
        await ent.getByTestId('rate-dialog').getByLabel('基本满意').check(); // the renamed level
        for (const dim of ['quality', 'attitude', 'efficiency'])
          await ent.getByTestId(`stars-${dim}`).getByText('★').nth(3).click();
        await shoot(ent, 'enterprise-rate');
        await ent.getByTestId('rate-submit').click();
        await ent.getByTestId('rating-view').getByText('基本满意').waitFor();
        await shoot(ent, 'case-page', true);
        await ent.goto('/#/enterprise');
        await ent.getByText('用电增容问题').first().waitFor();
        await shoot(ent, 'enterprise-requests');
      },
    },
    {
      name: "the leader's dashboard shows the rating",
      run: async () => {
        const leader = await pages('jiaxing-etdz-leader');
        await leader.goto('/#/reports');
        const ratings = leader.getByTestId('report-ratings');
        const fair = ratings.locator('tr', { has: leader.getByRole('rowheader', { name: '基本满意' }) });
        assert.equal(await fair.locator('td.num').textContent(), '1');
        await leader
          .getByTestId('chart-ratings')
          .locator('svg text', { hasText: '基本满意' })
          .first()
          .waitFor();
        await leader.getByTestId('chart-trend').locator('svg path').first().waitFor({ state: 'attached' });
        await leader.getByTestId('stat-satisfaction').waitFor();
        await shoot(leader, 'leader-dashboard', true);
        const download = leader.waitForEvent('download');
        await leader.getByTestId('report-export').click();
        assert.match((await download).suggestedFilename(), /^kpi-jiaxing-etdz-\d{4}-\d{2}\.xlsx$/);
      },
    },
    {
      name: 'a broken version strands a case; the admin rolls back with a note and migrates the stuck case, which then proceeds',
      run: async () => {
        // given v3, whose review leads nowhere (published by a script through the API), and a case on it
        const token = await server.login('jiaxing-etdz-admin');
        const base = '/api/v1/jurisdictions/jiaxing-etdz';
        const { bundle } = (await server.call('GET', `${base}/definitions/current`, token)).body as {
          bundle: { processes: { name: string; xml: string }[] };
        };
        const broken = readFileSync('tests/fixtures/broken-etdz-request.bpmn', 'utf8');
        const v3 = await server.call('POST', `${base}/definitions`, token, {
          ...bundle,
          processes: bundle.processes.map((p) => (p.name === 'etdz-request' ? { ...p, xml: broken } : p)),
          note: '精简受理流程',
        });
        assert.equal(v3.status, 201, JSON.stringify(v3.body));
        const stuck = await server.call('POST', `${base}/cases`, await server.login('jiaxing-etdz-ent'), {
          channel: 'website',
          title: '厂房消防验收咨询',
          data: intakeData,
        });
        assert.equal(stuck.status, 201);
        const stuckId = (stuck.body as { id: string }).id;
        // when the admin rolls back to v2 in the studio, with a note
        await admin.goto('/#/admin/versions');
        await admin.reload();
        await admin.getByTestId('rollback-2').click();
        await admin.getByTestId('rollback-note').fill('v3 受理后无去向，恢复 v2');
        await admin.getByTestId('rollback-confirm').click();
        await admin.getByTestId('version-4').filter({ hasText: '回滚至 v2' }).waitFor();
        await admin.getByTestId('versions').getByText('精简受理流程').waitFor();
        await admin.getByTestId('versions').getByText('嘉兴经济技术开发区管理员').first().waitFor(); // names, not ids
        await shoot(admin, 'admin-versions');
        // and dry-runs the migration of v3's open cases to v4, then executes it with a note
        await admin.getByTestId('admin-tab-migration').click();
        await admin.getByTestId('migration-open').filter({ hasText: 'v3 上有 1 件在办诉求' }).waitFor();
        await admin.getByTestId('migration-dry-run').click();
        const table = admin.getByTestId('migration-table');
        await table.getByText('厂房消防验收咨询').waitFor();
        await table.getByText('可迁移').waitFor();
        await admin.getByTestId('migration-note').fill('v3 缺陷：受理后无去向，迁到 v4 继续办理');
        await shoot(admin, 'admin-migration');
        await admin.getByTestId('migration-execute').click();
        await admin.getByTestId('migrate-confirm').click();
        await admin.getByTestId('migration-done').filter({ hasText: '已迁移 1 件' }).waitFor();
        // then the case runs v4: its review leads on to the handling task
        const caseView = (await server.call('GET', `/api/v1/cases/${stuckId}`, token)).body as {
          case: { definitionVersion: number };
          timeline: { type: string }[];
        };
        assert.equal(caseView.case.definitionVersion, 4);
        assert.equal(caseView.timeline.filter((e) => e.type === 'case.migrated').length, 1);
        const office = await server.login('jiaxing-etdz-office');
        const group = (await server.call('GET', '/api/v1/tasks?scope=group', office)).body as {
          items: TaskView[];
        };
        const review = group.items.find((t) => t.caseId === stuckId);
        await server.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
        const done = await server.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
          data: { decision: 'accept', requestClass: 'professional' },
        });
        assert.equal(done.status, 200, JSON.stringify(done.body));
        const handler = await server.login('jiaxing-etdz-handler');
        const work = (await server.call('GET', '/api/v1/tasks?scope=group', handler)).body as {
          items: TaskView[];
        };
        assert.equal(work.items.find((t) => t.caseId === stuckId)?.elementId, 'handle');
      },
    },
  ];
}
