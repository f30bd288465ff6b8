import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertFitsPhone, openPage, shoot, signInThroughProvider } from './browser.js';
import type { Ctx, Step } from './journey.js';

/** The little of the page's global scope a step reads. */
type InPage = { document: { querySelector: (selectors: string) => unknown } };

/**
 * 账号管理 and 统一身份认证, as people do it: the 经开区 admin sees a new staff member 待激活 in 名录管理 →
 * 账号管理, issues the activation links and hands one over; the new handler opens it on a phone, sets a
 * password and is signed in; the admin resets another account's password, whose owner must change
 * it before anything else; an enterprise signs in once through the provincial identity provider (a
 * real OpenID provider on loopback) and lands on its own page.
 */
export function accountsSteps({ server, browser, consoleErrors }: Ctx, sso: { login: string }): Step[] {
  const api = '/api/v1/jurisdictions/jiaxing-etdz';
  let admin: Page;
  let link = '';
  /** antd's dialog has finished opening (its zoom runs in script, not as a CSS animation). */
  const settled = (page: Page) =>
    // a function, not a string: the page's CSP (script-src 'self') refuses eval; it runs in the page,
    // whose document the test tree (typed without the DOM library) only describes
    page.waitForFunction(
      () =>
        !(globalThis as unknown as InPage).document.querySelector(
          '.ant-zoom-enter, .ant-zoom-appear, .ant-fade-enter',
        ),
    );
  return [
    {
      name: 'the admin issues an activation link for a new staff member from 名录管理 → 账号管理',
      run: async () => {
        // given a staff member entered in the directory (as a staff sheet import does): no password yet
        const token = await server.login('jiaxing-etdz-admin');
        const created = await server.call('POST', `${api}/directory/staff`, token, {
          username: 'chen.handler',
          displayName: '陈承办',
          roles: ['handler'],
          groups: [],
        });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        admin = await openPage(browser, server.url, consoleErrors);
        await admin.goto('/#/login');
        await admin.getByTestId('login-username').fill('jiaxing-etdz-admin');
        await admin.getByTestId('login-password').fill('Demo@2026');
        await admin.getByTestId('login-submit').click();
        await admin.getByTestId('nav-user').waitFor();
        await admin.goto('/#/directory/accounts');
        const row = admin.getByTestId('account-row').filter({ hasText: '陈承办' });
        await row.getByText('待激活').waitFor();
        await shoot(admin, 'accounts');
        // when the admin generates the links
        await admin.getByTestId('accounts-links').click();
        const item = admin.getByTestId('activation-link').filter({ hasText: '陈承办' });
        await item.waitFor();
        link = ((await item.textContent()) ?? '').replace(/^.*?(http\S+).*$/s, '$1');
        assert.match(link, /\/#\/activate\//);
        await settled(admin);
        await shoot(admin, 'accounts-activation-links');
        await admin.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
      },
    },
    {
      name: 'the new handler opens the link on a phone, sets a password and is signed in',
      run: async () => {
        const phone = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await phone.goto(link);
        await phone.getByTestId('activate-page').getByText('陈承办').waitFor();
        // a weak password is refused with the policy's reasons in Chinese
        await phone.getByTestId('password-new').fill('abc12345');
        await phone.getByTestId('password-confirm').fill('abc12345');
        await phone.getByTestId('password-submit').click();
        await phone.getByText('至少包含大写字母、小写字母、数字、其他字符中的 3 类').waitFor();
        await assertFitsPhone(phone, 'activation');
        await shoot(phone, 'accounts-activate-mobile');
        await phone.getByTestId('password-new').fill('Chen-2026-ok');
        await phone.getByTestId('password-confirm').fill('Chen-2026-ok');
        await phone.getByTestId('password-submit').click();
        await phone.getByTestId('nav-user').getByText('陈承办').waitFor();
        await phone.context().close();
        // and the admin's list says 正常
        await admin.reload();
        await admin.getByTestId('account-row').filter({ hasText: '陈承办' }).getByText('正常').waitFor();
      },
    },
    {
      name: 'a reset password must be changed before anything else',
      run: async () => {
        const row = admin.getByTestId('account-row').filter({ hasText: 'jiaxing-etdz-leader' });
        await row.getByTestId('account-reset').click();
        await admin
          .locator('.ant-popconfirm')
          .getByRole('button', { name: /确\s*定|OK/ })
          .click();
        const shown = admin.getByTestId('initial-password');
        await shown.waitFor();
        const password = ((await shown.locator('code').textContent()) ?? '').trim();
        assert.equal(password.length, 12);
        await settled(admin);
        await shoot(admin, 'accounts-initial-password');
        await admin.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
        const leader = await openPage(browser, server.url, consoleErrors);
        await leader.goto('/#/login');
        await leader.getByTestId('login-username').fill('jiaxing-etdz-leader');
        await leader.getByTestId('login-password').fill(password);
        await leader.getByTestId('login-submit').click();
        await leader.getByTestId('password-page').getByText('请先设置新密码').waitFor();
        await shoot(leader, 'accounts-password-required');
        await leader.getByTestId('password-current').fill(password);
        await leader.getByTestId('password-new').fill('Leader-2026-ok');
        await leader.getByTestId('password-confirm').fill('Leader-2026-ok');
        await leader.getByTestId('password-submit').click();
        await leader.getByTestId('password-page').waitFor({ state: 'detached' });
        await leader.context().close();
      },
    },
    {
      name: 'an enterprise signs in through the identity provider (统一身份认证) and lands on its page',
      run: async () => {
        const page = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signInThroughProvider(page, sso.login);
        // back in the studio, signed in as the enterprise's new account
        await page.getByTestId('nav-user').getByText('张经办').waitFor();
        await page.getByTestId('enterprise-new-tab').waitFor();
        await assertFitsPhone(page, 'enterprise after SSO');
        await shoot(page, 'accounts-sso-enterprise-mobile');
        await page.context().close();
      },
    },
  ];
}
