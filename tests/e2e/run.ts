/**
 * Browser end-to-end run (not part of `npm test`): builds the studio if stale, starts the real server
 * on a free port over a fresh data dir, drives Debian's chromium through the main journeys, saves a
 * screenshot of each main screen under tests/e2e/screenshots/, and fails on any console error.
 * `npx tsx tests/e2e/run.ts` — prints `N passed, N failed` last.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { a11yProblems, launchBrowser, screenshotDir, shootFailure } from './browser.js';
import { startE2eServer } from './e2e-server.js';
import { journeySteps } from './journey.js';
import { nationalCalendarSteps } from './national-calendar-journey.js';
import { policyPushSteps } from './policy-push-journey.js';
import { publishingMobileSteps } from './publishing-mobile-journey.js';
import { buildStudioIfStale } from './studio-build.js';

mkdirSync(screenshotDir, { recursive: true }); // absent on a clean clone (PNGs are not committed)
for (const f of readdirSync(screenshotDir).filter((n) => n.startsWith('failure-')))
  rmSync(join(screenshotDir, f)); // left by an earlier failed run
const studioDir = buildStudioIfStale();
const server = await startE2eServer(studioDir);
const browser = await launchBrowser();
const consoleErrors: string[] = [];
let passed = 0;
let failed = 0;
try {
  const ctx = { server, browser, consoleErrors };
  const steps = [
    ...journeySteps(ctx),
    ...publishingMobileSteps(ctx),
    ...nationalCalendarSteps(ctx),
    ...policyPushSteps(ctx),
  ];
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
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
