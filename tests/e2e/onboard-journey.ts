import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { demoCreditCode } from '../../server/demo/demo-directory.js';
import { assertFitsPhone, chooseOption, openPage, shoot, signIn, signInThroughProvider } from './browser.js';
import type { Ctx, Step } from './journey.js';

/** The 台州 enterprise the identity provider's person acts for (imported from the enterprise sheet). */
export const taizhouCreditCode = demoCreditCode(90_001);

/** A workbook of one sheet, made as an office makes it. */
async function workbook(name: string, rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
const xlsx = (name: string, buffer: Buffer) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer,
});

/**
 * 一小时上线一个新城市, as the platform administrator does it in one run: 新建辖区 台州 from the
 * 嘉兴经开区 template; its names, a tier, two deadlines and the rating scale changed in the settings
 * editor and published; org units (片区划分表), staff (工作人员表, with accounts) and enterprises
 * imported from .xlsx; a new handler activates his account by its link; an enterprise signs in once
 * through the OpenID provider and submits; the handler works the case to its answer. Prints the
 * clicks and the wall time.
 */
export function onboardSteps({ server, browser, consoleErrors }: Ctx, sso: { login: string }): Step[] {
  let admin: Page;
  let link = '';
  let caseId = '';
  let clicks = 0;
  let typed = 0;
  let started = 0;
  const click = async (target: Locator) => {
    clicks += 1;
    await target.click();
  };
  const fill = async (target: Locator, text: string) => {
    typed += 1;
    await target.fill(text);
  };
  const pick = async (page: Page, fieldId: string, label: string) => {
    clicks += 2;
    await chooseOption(page, fieldId, label);
  };
  const api = '/api/v1/jurisdictions/taizhou';
  return [
    {
      name: 'onboard: the platform admin creates 台州 from the 嘉兴经开区 template (新建 in the jurisdiction picker)',
      run: async () => {
        started = Date.now();
        admin = await openPage(browser, server.url, consoleErrors);
        await signIn(admin, 'admin');
        clicks += 1;
        await admin.getByTestId('nav-jurisdiction-select').selectOption('+new');
        clicks += 1;
        await admin.getByTestId('jur-new-form').waitFor();
        await pick(admin, 'template', '嘉兴经济技术开发区');
        await fill(admin.locator('#id'), 'taizhou');
        await fill(admin.locator('#nameZh'), '台州市');
        await fill(admin.locator('#nameEn'), 'Taizhou');
        await fill(admin.locator('#policyTitle'), '台州市企业诉求服务工作机制（试行）');
        await click(admin.locator('#policyDate'));
        await admin.locator('#policyDate').fill('2026-10-08');
        // (Enter would submit the form) a click elsewhere closes the calendar and keeps the typed date
        await click(admin.locator('#policyTitle'));
        await fill(
          admin.locator('#policyText'),
          '第一条 为优化营商环境，建立企业诉求“一站受理、分级办理、限时办结”机制……',
        );
        await shoot(admin, 'onboard-new-jurisdiction', true);
        // the same form on a phone: one column, nothing cut off
        const phone = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signIn(phone, 'admin');
        await phone.goto('/#/jurisdictions/new');
        await phone.getByTestId('jur-new-form').waitFor();
        await chooseOption(phone, 'template', '嘉兴经济技术开发区');
        await phone.locator('#id').fill('taizhou');
        await phone.locator('#nameZh').fill('台州市');
        await assertFitsPhone(phone, 'new jurisdiction');
        await shoot(phone, 'onboard-new-jurisdiction-390', true);
        await phone.context().close();
        // when it is published as version 1 through the publish gate
        await click(admin.getByTestId('jur-create'));
        await admin.getByTestId('jur-published').waitFor({ timeout: 180_000 });
        await admin.getByText('“台州市”已发布版本 1').waitFor();
        await shoot(admin, 'onboard-new-jurisdiction-published');
      },
    },
    {
      name: 'onboard: names, a tier, two deadlines and the rating scale changed in the settings editor, published as v2',
      run: async () => {
        await click(admin.getByTestId('jur-open-admin'));
        await admin.getByTestId('nav-jurisdiction-select').filter({ hasText: '台州市' }).waitFor();
        await admin.goto('/#/admin/settings');
        // the settings editor of this branch (ids of its generated form); adapt with the editor
        await click(admin.getByTestId('section-name'));
        await fill(admin.locator('#name_zh'), '台州市企业服务中心');
        await click(admin.getByTestId('section-tiers'));
        await fill(admin.getByTestId('tier-1-name'), '部门联办');
        await click(admin.getByTestId('section-requestClasses'));
        // two deadlines set to 台州's own (the template is 经开区's current version, which earlier
        // journeys may have edited: each new value differs from the one copied)
        const changes: string[] = [];
        for (const [field, label, wanted] of [
          ['#requestClasses_1_workingDays', '专业类', ['3', '4']],
          ['#requestClasses_2_workingDays', '综合类', ['7', '8']],
        ] as const) {
          const was = await admin.locator(field).inputValue();
          const days = wanted[0] === was ? wanted[1] : wanted[0];
          await fill(admin.locator(field), days);
          changes.push(`${label} 办理时限：${was} 个工作日 → ${days} 个工作日`);
        }
        await admin.locator('#requestClasses_2_workingDays').press('Tab');
        await click(admin.getByTestId('section-evaluation'));
        await fill(admin.locator('#evaluation_levels_1_label_zh'), '基本满意');
        await admin.locator('#evaluation_levels_1_label_zh').press('Tab');
        await click(admin.getByTestId('draft-publish'));
        const preview = admin.getByTestId('publish-preview');
        for (const change of changes) await preview.getByText(change).waitFor();
        await fill(admin.getByTestId('publish-note'), '按台州市文件调整名称、层级、时限和评价等级');
        await click(admin.getByTestId('publish-confirm'));
        // (a publish validates and dry-runs the whole draft: slower than a click on a busy machine)
        await admin
          .getByTestId('publish-outcome')
          .filter({ hasText: '已发布版本 2' })
          .waitFor({ timeout: 90_000 });
      },
    },
    {
      name: 'onboard: org units, staff (with accounts) and enterprises imported from .xlsx in 名录管理',
      run: async () => {
        await admin.goto('/#/directory/org');
        const areas = await workbook('片区划分表', [
          ['乡镇（街道）', '片区名称', '划分片区范围', '片区范围内经营主体数量', '姓名', '职务', '联系方式'],
          ['椒江区海门街道', '海门一片区', '东山路以东', 120, '周服务', '科员', '13957600001'],
          ['椒江区海门街道', '海门二片区', '东山路以西', 80, '吴服务', '科员', '13957600002'],
        ]);
        await admin.getByTestId('service-areas-import-file').setInputFiles(xlsx('片区划分表.xlsx', areas));
        await click(admin.getByTestId('service-areas-import-submit'));
        await admin.getByRole('treeitem').getByText('海门一片区').waitFor();
        await click(admin.getByTestId('dir-tab-staff'));
        const staff = await workbook('工作人员', [
          ['用户名', '姓名', '角色', '所属单位', '工作组'],
          [
            'tz.handler',
            '林承办',
            '受理、承办',
            '海门一片区',
            '区企服办（企业服务专班）、区级涉企部门企业服务专员、经信商务局（企业服务专员）',
          ],
          ['tz.leader', '郑领导', '领导', '', '区服务企业工作领导小组'],
        ]);
        await admin.getByTestId('staff-import-file').setInputFiles(xlsx('工作人员.xlsx', staff));
        await click(admin.getByTestId('staff-import-submit'));
        await admin.getByTestId('staff-row').filter({ hasText: '林承办' }).waitFor();
        // the editor shows roles, groups and the unit by name
        await click(admin.getByTestId('staff-row').filter({ hasText: '林承办' }).getByTestId('staff-edit'));
        await admin.getByTestId('staff-editor').getByText('海门一片区').waitFor();
        await admin.getByTestId('staff-editor').getByText('区企服办（企业服务专班）').waitFor();
        await shoot(admin, 'accounts-staff-edit');
        await click(admin.getByTestId('staff-save'));
        await admin.getByTestId('staff-editor').waitFor({ state: 'hidden' });
        await click(admin.getByTestId('dir-tab-enterprises'));
        const enterprises = await workbook('企业名录', [
          ['统一社会信用代码', '企业名称', '规模', '行业', '片区'],
          [taizhouCreditCode, '台州精工机械有限公司', '规上', '制造业', '海门一片区'],
        ]);
        await admin.getByTestId('import-file').setInputFiles(xlsx('企业名录.xlsx', enterprises));
        await click(admin.getByTestId('import-submit'));
        await admin.getByTestId('import-done').waitFor();
        await click(admin.getByTestId('dir-tab-accounts'));
        await admin.getByTestId('account-row').filter({ hasText: '林承办' }).getByText('待激活').waitFor();
        await shoot(admin, 'accounts');
        await click(admin.getByTestId('accounts-links'));
        const item = admin.getByTestId('activation-link').filter({ hasText: '林承办' });
        await item.waitFor();
        link = ((await item.textContent()) ?? '').replace(/^.*?(http\S+).*$/s, '$1');
        assert.match(link, /\/#\/activate\//);
        await click(admin.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }));
        const phone = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signIn(phone, 'admin');
        await phone.getByTestId('nav-jurisdiction-select').selectOption('taizhou');
        await phone.goto('/#/directory/accounts');
        await phone.getByTestId('account-row').filter({ hasText: '林承办' }).waitFor();
        await assertFitsPhone(phone, 'accounts');
        await shoot(phone, 'accounts-390');
        await phone.context().close();
      },
    },
    {
      name: 'onboard: the new handler activates his account by its link',
      run: async () => {
        const phone = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await phone.goto(link);
        await phone.getByTestId('activate-page').getByText('林承办').waitFor();
        await phone.getByTestId('password-new').fill('Lin-Taizhou-2026');
        await phone.getByTestId('password-confirm').fill('Lin-Taizhou-2026');
        await phone.getByTestId('password-submit').click();
        await phone.getByTestId('nav-user').getByText('林承办').waitFor();
        await phone.context().close();
      },
    },
    {
      name: 'onboard: an enterprise signs in through the identity provider and submits a request to 台州',
      run: async () => {
        const ent = await openPage(browser, server.url, consoleErrors);
        await signInThroughProvider(ent, sso.login);
        await ent.getByTestId('nav-user').getByText('台州经办').waitFor();
        await ent.goto('/#/enterprise/new');
        await ent.locator('#intake_contactPhone').waitFor();
        await ent.waitForLoadState('networkidle');
        await chooseOption(ent, 'intake_channel', '网站');
        await ent.locator('#intake_title').fill('厂房用电增容');
        await ent.getByLabel('区内注册企业').check();
        await ent.locator('#intake_registeredInZone').check();
        await chooseOption(ent, 'intake_industry', '工业企业');
        await chooseOption(ent, 'intake_matterType', '生产经营');
        await ent.locator('#intake_description').fill('新厂房投产需要用电增容');
        await ent.locator('#intake_contactName').fill('台州经办');
        await ent.locator('#intake_contactPhone').fill('13957600009');
        await ent.getByTestId('submit-request').click();
        await ent.getByTestId('submit-success').waitFor();
        await ent.context().close();
      },
    },
    {
      name: 'onboard: the new handler works the case to its answer; clicks and wall time printed',
      run: async () => {
        const login = await server.call('POST', '/api/v1/auth/login', undefined, {
          username: 'tz.handler',
          password: 'Lin-Taizhou-2026',
        });
        const token = (login.body as { token: string }).token;
        const cases = (await server.call('GET', `${api}/cases`, token)).body as { items: { id: string }[] };
        caseId = cases.items[0]?.id ?? '';
        assert.ok(caseId, 'the enterprise case reached 台州');
        // 受理审查 (review) through the API; the answer through the studio
        const tasks = (await server.call('GET', '/api/v1/tasks?scope=group', token)).body as {
          items: { id: string; caseId: string }[];
        };
        const review = tasks.items.find((t) => t.caseId === caseId);
        assert.ok(review, 'review task in the handler inbox');
        await server.call('POST', `/api/v1/tasks/${review.id}/claim`, token);
        const done = await server.call('POST', `/api/v1/tasks/${review.id}/complete`, token, {
          data: { decision: 'accept', requestClass: 'professional' },
        });
        assert.equal(done.status, 200, JSON.stringify(done.body));
        const handler = await openPage(browser, server.url, consoleErrors);
        await handler.goto('/#/login');
        await handler.getByTestId('login-username').fill('tz.handler');
        await handler.getByTestId('login-password').fill('Lin-Taizhou-2026');
        await click(handler.getByTestId('login-submit'));
        await handler.getByTestId('nav-user').waitFor();
        await handler.goto('/#/inbox/group');
        await click(handler.getByTestId('task-row').first().getByTestId('task-open'));
        await click(handler.getByTestId('task-claim'));
        const form = handler.getByTestId('task-form');
        await form.waitFor();
        await fill(handler.locator('#task-answer_answer'), '已协调供电公司完成增容');
        await handler.locator('#task-answer_answer').press('Tab');
        await click(form.getByText('已解决'));
        await click(form.getByTestId('task-form-submit'));
        await handler.getByTestId('task-done').waitFor();
        const seconds = Math.round((Date.now() - started) / 1000);
        console.log(`  onboarding journey: ${clicks} clicks, ${typed} fields typed, ${seconds} s wall time`);
      },
    },
  ];
}
