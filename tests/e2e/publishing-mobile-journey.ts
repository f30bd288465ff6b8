import type { Page } from 'playwright-core';
import { assertFitsPhone, openPage, shoot, signIn } from './browser.js';
import type { Ctx, Step } from './journey.js';

/**
 * The publishing screens on a 390 px phone, after the main journey (版本 v1–v4, one open case still
 * on v1): the publish preview, the version list and the migration dry run show names and words, not
 * ids, and nothing is cut off.
 */
export function publishingMobileSteps({ server, browser, consoleErrors }: Ctx): Step[] {
  let phone: Page;
  return [
    {
      name: 'at 390 px the publish preview, the version list and the migration dry run fit the screen',
      run: async () => {
        phone = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signIn(phone, 'jiaxing-etdz-admin');
        // given a draft change: the preview says it in words, with the open cases on the current version
        await phone.goto('/#/admin/settings');
        await phone.locator('#requestClasses_1_workingDays').fill('4');
        await phone.locator('#requestClasses_1_workingDays').press('Tab');
        await phone.getByTestId('draft-publish').click();
        const preview = phone.getByTestId('publish-preview');
        await preview.getByText('专业类 办理时限：3 个工作日 → 4 个工作日').waitFor();
        await phone.getByTestId('publish-note').fill('手机上预览');
        await assertFitsPhone(phone, 'publish preview');
        await shoot(phone, 'admin-publish-preview-mobile');
        await phone.getByTestId('publish-cancel').click();
        await preview.waitFor({ state: 'hidden' });
        // when the admin opens the version list: publishers by name, notes, the rollback mark
        await phone.goto('/#/admin/versions');
        await phone.reload();
        await phone.getByTestId('version-4').filter({ hasText: '回滚至 v2' }).waitFor();
        await phone.getByTestId('versions').getByText('嘉兴经济技术开发区管理员').first().waitFor();
        await assertFitsPhone(phone, 'versions');
        await shoot(phone, 'admin-versions-mobile');
        // and dry-runs moving v1's open case to v4
        await phone.getByTestId('admin-tab-migration').click();
        await phone.getByTestId('migration-from').click();
        await phone.locator('.ant-select-item-option').filter({ hasText: /^v1$/ }).click();
        await phone.getByTestId('migration-open').filter({ hasText: 'v1 上有 1 件在办诉求' }).waitFor();
        await phone.getByTestId('migration-dry-run').click();
        const table = phone.getByTestId('migration-table');
        await table.getByText('政策咨询（旧版本受理）').waitFor();
        // then the page itself never scrolls sideways (the table scrolls inside its own frame)
        await assertFitsPhone(phone, 'migration');
        await shoot(phone, 'admin-migration-mobile');
      },
    },
  ];
}
