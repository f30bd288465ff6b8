import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedPlatform } from '../bootstrap/embedded-platform.js';
import type { Platform } from '../bootstrap/platform.js';
import { ManualClock } from '../common/clock.js';
import { loadDefinitionFolder } from '../definitions/definition-loader.js';
import type { Job } from '../engine/job-worker.js';
import type { Mutation } from '../store/mutations.js';
import type { CaseRecord } from '../store/records.js';
import { createReminderWorker } from './reminder-worker.js';
import { createReopenWorker } from './reopen-worker.js';
import { createSlaExtensionWorker } from './sla-extension-worker.js';
import { createSlaPauseWorker } from './sla-pause-worker.js';
import { createSlaResumeWorker } from './sla-resume-worker.js';
import type { WorkerDeps } from './worker-deps.js';

/** Given the 嘉兴经开区 definition with extensions allowed (the policy itself grants none). */
describe('SLA workers (pause, resume, extension, deadline-aware reminders, reopen cap)', () => {
  let dir: string;
  let platform: Platform;
  let clock: ManualClock;
  let deps: WorkerDeps;
  const version = 1;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sla-'));
    clock = new ManualClock('2026-03-09T02:00:00.000Z'); // Mon 10:00 Beijing
    platform = createEmbeddedPlatform({ dataDir: dir, clock });
    const bundle = await loadDefinitionFolder('definitions/jiaxing-etdz');
    const mechanism = structuredClone(bundle.mechanism) as {
      sla: { maxExtensions: number; maxExtensionWorkingDays: number };
      evaluation: { maxReopenRounds: number };
    };
    mechanism.sla.maxExtensions = 1;
    mechanism.sla.maxExtensionWorkingDays = 5;
    mechanism.evaluation.maxReopenRounds = 1;
    await platform.publisher.publish({ ...bundle, mechanism }, 'test');
    deps = {
      clock,
      catalog: platform.catalog,
      cases: platform.store.cases,
      directory: platform.store.directory,
    };
  });
  after(async () => {
    await platform.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function aCase(id: string, patch: Partial<CaseRecord> = {}): Promise<void> {
    const at = clock.now().toISOString();
    const record: CaseRecord = {
      id,
      jurisdiction: 'jiaxing-etdz',
      definitionVersion: version,
      processId: 'etdz-request',
      instanceKey: null,
      caseNumber: null,
      status: 'open',
      channel: 'hotline',
      title: 'SLA',
      enterpriseId: null,
      submittedBy: 'u',
      requestClass: 'professional',
      tier: 'departments',
      // Fri 13 March end of day (Beijing): 5 working days from Fri 6 March
      deadlineAt: '2026-03-13T16:00:00.000Z',
      deadlineWorkingDays: 5,
      slaPausedAt: null,
      answeredAt: null,
      data: {},
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      outcome: null,
      ...patch,
    };
    await platform.store.transact([{ kind: 'case.insert', record }]);
  }
  const job = (
    caseId: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Job => ({
    jobKey: `job-${caseId}-${Math.random()}`,
    type: 't',
    instanceKey: 'i',
    businessKey: caseId,
    elementId: 'e',
    retries: 3,
    headers,
    variables: {
      caseId,
      jurisdiction: 'jiaxing-etdz',
      definitionVersion: version,
      urgeCount: 0,
      tier: 'departments',
      ...variables,
    } as Job['variables'],
  });
  const apply = async (effects: Mutation[] | undefined) => platform.store.transact(effects ?? []);

  it('pauses the clock for supplementary materials and moves the deadline by the working days it stood still', async () => {
    await aCase('pause-1');
    // When the clock stops on Mon 9 March 10:00 (4 working days left: Tue–Fri)…
    const paused = await createSlaPauseWorker(deps).handler(job('pause-1', {}, { reason: 'supplement' }));
    assert.equal(paused.outcome, 'complete');
    await apply(paused.outcome === 'complete' ? paused.effects : []);
    assert.equal((await platform.store.cases.get('pause-1'))?.slaPausedAt, '2026-03-09T02:00:00.000Z');
    // …and restarts on Wed 11 March 10:00
    clock.set('2026-03-11T02:00:00.000Z');
    const resumed = await createSlaResumeWorker(deps).handler(job('pause-1'));
    assert.equal(resumed.outcome, 'complete');
    await apply(resumed.outcome === 'complete' ? resumed.effects : []);
    // Then the 4 remaining working days count from Wednesday: end of Tue 17 March
    const kase = await platform.store.cases.get('pause-1');
    assert.equal(kase?.slaPausedAt, null);
    assert.equal(kase?.deadlineAt, '2026-03-17T16:00:00.000Z');
    assert.equal(
      resumed.outcome === 'complete' ? resumed.variables?.firstReminderAt : null,
      '2026-03-18T01:00:00.000Z',
    );
  });

  it('does not urge while the clock is paused or before a moved deadline', async () => {
    await aCase('remind-1', { slaPausedAt: '2026-03-09T02:00:00.000Z' });
    clock.set('2026-03-16T01:00:00.000Z');
    const whilePaused = await createReminderWorker(deps).handler(job('remind-1'));
    assert.deepEqual(whilePaused.outcome === 'complete' ? (whilePaused.effects ?? []) : ['x'], []);
    await aCase('remind-2', { deadlineAt: '2026-03-20T16:00:00.000Z' });
    const early = await createReminderWorker(deps).handler(job('remind-2'));
    assert.equal(
      early.outcome === 'complete' ? early.variables?.nextReminderAt : null,
      '2026-03-23T01:00:00.000Z',
    );
    assert.deepEqual(early.outcome === 'complete' ? (early.effects ?? []) : ['x'], []);
  });

  it('grants an extension within the limits and refuses beyond them', async () => {
    await aCase('ext-1');
    const granted = await createSlaExtensionWorker(deps).handler(job('ext-1', { extensionWorkingDays: 3 }));
    assert.equal(granted.outcome === 'complete' ? granted.variables?.extensionGranted : null, true);
    await apply(granted.outcome === 'complete' ? granted.effects : []);
    // Fri 13 March + 3 working days = Wed 18 March
    assert.equal((await platform.store.cases.get('ext-1'))?.deadlineAt, '2026-03-18T16:00:00.000Z');
    const second = await createSlaExtensionWorker(deps).handler(
      job('ext-1', { extensionWorkingDays: 1, extensionsGranted: 1 }),
    );
    assert.equal(second.outcome === 'complete' ? second.variables?.extensionGranted : null, false);
    const tooLong = await createSlaExtensionWorker(deps).handler(job('ext-1', { extensionWorkingDays: 6 }));
    assert.equal(tooLong.outcome === 'complete' ? tooLong.variables?.extensionGranted : null, false);
  });

  it('reopens up to maxReopenRounds, then sends the case to the top tier', async () => {
    await aCase('reopen-1');
    const first = await createReopenWorker(deps).handler(job('reopen-1', { reopenRounds: 0 }));
    assert.equal(first.outcome === 'complete' ? first.variables?.reopenToTop : null, false);
    const second = await createReopenWorker(deps).handler(job('reopen-1', { reopenRounds: 1 }));
    assert.equal(second.outcome === 'complete' ? second.variables?.reopenToTop : null, true);
    assert.deepEqual(second.outcome === 'complete' ? second.variables?.handlerGroups : null, ['leadership']);
  });
});
