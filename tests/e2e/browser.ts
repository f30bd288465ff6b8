import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { auditPage } from './a11y.js';
import { visibleTextProblems } from './visible-text.js';

export const screenshotDir = 'tests/e2e/screenshots';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--lang=zh-CN', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page in its own context (own localStorage: one signed-in user) that records console errors. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  errors: string[],
  viewport = { width: 1366, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (m) => {
    // The refused publish (422) and the refused holiday notice (400) are behaviour under test;
    // Chromium logs every 4xx response.
    // so is a weak first password refused at activation
    const refusedNotice =
      m.text().includes('status of 400') && /\/calendar\/national\/|\/auth\/activate$/.test(m.location().url);
    // and a file whose content is not its declared type, refused at intake (415)
    const refusedFile = m.text().includes('status of 415') && /\/attachments$/.test(m.location().url);
    if (m.type() === 'error' && !m.text().includes('status of 422') && !refusedNotice && !refusedFile)
      errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/#/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('Demo@2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-user').waitFor();
}

/** 统一身份认证: signs in through the OpenID provider on loopback as `login` (its sign-in, then its consent). */
export async function signInThroughProvider(page: Page, login: string): Promise<void> {
  // the provider's own development pages load a web font from the internet: served empty here
  await page.route('https://fonts.googleapis.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
  );
  await page.goto('/#/login');
  await page.getByTestId('sso-login').getByText('统一身份认证登录').click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click();
}

/** Picks `label` in the antd select of a studio form field (`#intake_industry`). */
/** The page scrolls vertically only: nothing wider than the 390 px screen. */
export async function assertFitsPhone(page: Page, screen: string): Promise<void> {
  const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  assert.ok(width <= 390, `${screen}: no horizontal scrolling (${width} px)`);
}

/**
 * Opens the antd select `select` and clicks its option titled `label` — in this select's own dropdown
 * (the listbox its input controls while open), not in another select's dropdown still closing.
 */
export async function pickOption(page: Page, select: Locator, label: string, exact = true): Promise<void> {
  await select.click();
  const input = select.locator('xpath=descendant-or-self::input[@aria-controls]').first();
  await input.waitFor({ state: 'attached' });
  const listId = await input.getAttribute('aria-controls');
  assert.ok(listId, 'the open select names its listbox');
  await page
    .locator('.ant-select-dropdown')
    .filter({ has: page.locator(`[id="${listId}"]`) })
    .getByTitle(label, { exact })
    .click();
}

export async function chooseOption(page: Page, fieldId: string, label: string): Promise<void> {
  await pickOption(page, page.locator(`.ant-select:has(#${fieldId})`), label, false);
}

/** Accessibility problems found on the screens shot so far (see a11y.ts). */
export const a11yProblems: string[] = [];

/** English words, raw ids and event keys in the visible text of the screens shot so far. */
export const textProblems: string[] = [];

/** Saves the screen as `<name>.png` and audits its accessibility basics and its visible text. */
export async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage, animations: 'disabled' });
  a11yProblems.push(...(await auditPage(page, name)));
  textProblems.push(...(await visibleTextProblems(page, name)));
}

/** After a failed step: every open page as `failure-<n>.png`, to see what the browser showed. */
export async function shootFailure(browser: Browser, step: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const pages = browser.contexts().flatMap((c) => c.pages());
  for (const [i, page] of pages.entries()) {
    const path = `${screenshotDir}/failure-${i + 1}.png`;
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    console.log(`  (${step}) page ${i + 1} ${page.url()} -> ${path}`);
  }
}
