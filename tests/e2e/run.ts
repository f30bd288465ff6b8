/**
 * Browser end-to-end run (not part of `npm test`): builds the studio if stale, starts the real server
 * on a free port over a fresh data dir, drives Debian's chromium through the main journeys, saves a
 * screenshot of each main screen under tests/e2e/screenshots/, and fails on any console error.
 * `npx tsx tests/e2e/run.ts` — prints `N passed, N failed` last.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSsoProvider, type Person } from '../fixtures/sso-provider.js';
import { accountsSteps } from './accounts-journey.js';
import { a11yProblems, launchBrowser, screenshotDir, shootFailure, textProblems } from './browser.js';
import { freePort, startE2eServer } from './e2e-server.js';
import { journeySteps } from './journey.js';
import { ledgerSteps } from './ledger-journey.js';
import { nationalCalendarSteps } from './national-calendar-journey.js';
import { onboardSteps, taizhouCreditCode } from './onboard-journey.js';
import { policyCollectionSteps } from './policy-collection-journey.js';
import { messagesSteps } from './messages-journey.js';
import { policyPushSteps } from './policy-push-journey.js';
import { publishingMobileSteps } from './publishing-mobile-journey.js';
import { settingsEditorSteps } from './settings-editor-journey.js';
import { buildStudioIfStale } from './studio-build.js';
import { taskActionsSteps } from './task-actions-journey.js';
import { wordsSteps } from './words-journey.js';

mkdirSync(screenshotDir, { recursive: true }); // absent on a clean clone (PNGs are not committed)
for (const f of readdirSync(screenshotDir).filter((n) => n.startsWith('failure-')))
  rmSync(join(screenshotDir, f)); // left by an earlier failed run
const studioDir = buildStudioIfStale();
// 统一身份认证: a real OpenID provider on loopback, its enterprise person of 嘉兴经开区 (division 330402)
const port = await freePort();
const callback = `http://127.0.0.1:${port}/api/v1/auth/sso/callback`;
const ssoPerson: Person = { sub: 'zlb-ent-e2e', name: '张经办', roles: ['企业'], jurisdiction: '330402' };
// … and one of 台州 (division 331000), created in the onboarding journey; its company comes from the sheet
const taizhouPerson: Person = {
  sub: 'zlb-tz-e2e',
  name: '台州经办',
  roles: ['企业'],
  jurisdiction: '331000',
  credit_code: taizhouCreditCode,
};
const idp = await startSsoProvider([ssoPerson, taizhouPerson], callback);
const mappingFile = join(mkdtempSync(join(tmpdir(), 'sso-')), 'mapping.json');
writeFileSync(
  mappingFile,
  JSON.stringify({
    jurisdictions: { '330402': 'jiaxing-etdz', '331000': 'taizhou' },
    roles: { 企业: 'enterprise' },
    justInTimeRoles: ['enterprise'],
  }),
);
const server = await startE2eServer(
  studioDir,
  {
    SSO_ISSUER: idp.issuer,
    SSO_CLIENT_ID: idp.clientId,
    SSO_REDIRECT_URI: callback,
    SSO_ALLOW_HTTP: 'true',
    SSO_MAPPING_FILE: mappingFile,
  },
  port,
);
// the person's company is the demo enterprise of 嘉兴经开区's directory
const adminToken = await server.login('jiaxing-etdz-admin');
const enterprises = (
  await server.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/directory/enterprises', adminToken)
).body as { items: { creditCode: string; tags: string[] }[] };
ssoPerson.credit_code = enterprises.items.find((e) => e.tags.includes('demo'))?.creditCode;
const browser = await launchBrowser();
const consoleErrors: string[] = [];
let passed = 0;
let failed = 0;
try {
  const ctx = { server, browser, consoleErrors };
  const journeys = {
    main: () => journeySteps(ctx),
    publishing: () => publishingMobileSteps(ctx),
    calendar: () => nationalCalendarSteps(ctx),
    policyPush: () => policyPushSteps(ctx),
    policyCollection: () => policyCollectionSteps(ctx),
    messages: () => messagesSteps(ctx),
    onboard: () => onboardSteps(ctx, { login: taizhouPerson.sub }),
    words: () => wordsSteps(ctx),
    ledger: () => ledgerSteps(ctx),
    // it republishes 嘉兴经开区 (extensions allowed) after the journeys that count its versions
    taskActions: () => taskActionsSteps(ctx),
    // after the journeys that sign in as 经开区's leader: it resets that account's password
    accounts: () => accountsSteps(ctx, { login: ssoPerson.sub }),
    // after every journey that accepts 经开区 reviews by API: it adds a condition to the review form
    settingsEditor: () => settingsEditorSteps(ctx),
  };
  // E2E_JOURNEYS=main,accounts runs only those journeys (while developing one); CI runs them all
  const only = process.env.E2E_JOURNEYS?.split(',').filter(Boolean);
  const steps = Object.entries(journeys)
    .filter(([name]) => !only || only.includes(name))
    .flatMap(([, build]) => build());
  let broken = false;
  for (const step of steps) {
    if (broken) {
      console.log(`not ok - ${step.name} (skipped: an earlier step failed)`);
      failed += 1;
      continue;
    }
    const started = Date.now();
    try {
      await step.run();
      console.log(`ok - ${step.name} (${Date.now() - started} ms)`);
      passed += 1;
    } catch (e) {
      console.log(`not ok - ${step.name}\n  ${(e as Error).stack ?? String(e)}`);
      failed += 1;
      broken = true;
      await shootFailure(browser, step.name);
      const { log, exitCode } = server.status();
      if (exitCode !== null) console.log(`  the server exited (${exitCode}):\n${log.slice(-3000)}`);
    }
  }
  if (a11yProblems.length === 0) {
    console.log('ok - accessibility basics on every screen (labelled controls, AA contrast)');
    passed += 1;
  } else {
    console.log(`not ok - accessibility problems:\n  ${a11yProblems.join('\n  ')}`);
    failed += 1;
  }
  if (textProblems.length === 0) {
    console.log('ok - Chinese text, names not ids, on every screen (visible-text.ts)');
    passed += 1;
  } else {
    console.log(`not ok - English, raw ids or event keys on screen:\n  ${textProblems.join('\n  ')}`);
    failed += 1;
  }
  if (consoleErrors.length === 0) {
    console.log('ok - no console errors during the run');
    passed += 1;
  } else {
    console.log(`not ok - console errors during the run:\n  ${consoleErrors.join('\n  ')}`);
    failed += 1;
  }
} finally {
  await browser.close();
  await server.close();
  await idp.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
