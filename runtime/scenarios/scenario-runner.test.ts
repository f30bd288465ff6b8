import assert, { AssertionError } from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createEmbeddedPlatform } from '../bootstrap/embedded-platform.js';
import type { Platform } from '../bootstrap/platform.js';
import type { Step } from './scenario.js';
import { runScenario, type PlatformEnvironment } from './scenario-runner.js';

const source = {
  kind: 'policy',
  clause: '第十一条',
  quote: '区企服办（企业服务专班）每1个工作日催办一次并做好记录',
};
const intake = {
  applicantType: 'enterprise',
  registeredInZone: true,
  industry: 'industrial',
  matterType: 'operation',
  description: '新厂区用电增容申请迟迟未排期',
  contactName: '张三',
  contactPhone: '13857300001',
};
const professionalCase: Step[] = [
  { submit: { as: 'ent', channel: 'hotline', title: '用电增容', data: intake } },
  { complete: { task: 'review', as: 'office', data: { decision: 'accept', requestClass: 'professional' } } },
];

/** A scenario file in a `jiaxing-etdz/scenarios` folder, run against the real definitions. */
function scenarioFile(steps: Step[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'scenario-runner-')), 'jiaxing-etdz', 'scenarios');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'probe.scenario.json');
  const actors = {
    ent: { groups: [], roles: ['enterprise'], enterpriseId: 'e1' },
    office: { groups: ['qifuban'], roles: ['handler'] },
  };
  writeFileSync(
    file,
    JSON.stringify({ title: '催办', source, startAt: '2026-03-05T10:00:00+08:00', actors, steps }),
  );
  return file;
}

describe('scenario runner', () => {
  it('names the file, the step index and the difference when an expectation fails', async () => {
    // given a 专业类 case due at the end of Thu 12 March, and a scenario expecting another deadline
    const file = scenarioFile([
      ...professionalCase,
      { expectCase: { deadlineAt: '2026-03-12T00:00:00+08:00' } },
    ]);
    // when it runs
    const error = await runScenario(file, { definitionsRoot: 'definitions' }).then(
      () => assert.fail('expected a failure'),
      (e: unknown) => e,
    );
    // then the assertion says where and what
    assert.ok(error instanceof AssertionError);
    assert.match(error.message, new RegExp(`^${file.replace(/[/\\]/g, '.')} steps\\[2\\] \\(expectCase\\)`));
    assert.match(
      error.message,
      /deadlineAt: expected "2026-03-12T00:00:00\+08:00", found "2026-03-13T00:00:00\+08:00"/,
    );
  });

  it('reports an action that fails unexpectedly with its error code', async () => {
    const file = scenarioFile([
      professionalCase[0] as Step,
      { complete: { task: 'review', as: 'office', data: { decision: 'maybe' } } },
    ]);
    await assert.rejects(runScenario(file, { definitionsRoot: 'definitions' }), (e: unknown) => {
      assert.ok(e instanceof AssertionError);
      assert.match(
        e.message,
        /steps\[1\] \(complete\).*unexpected InputError 'invalid_form_data'.*\/data\/decision/,
      );
      return true;
    });
  });

  it('runs on the platform the factory builds, firing each timer at its own due time', async () => {
    // given a platform factory that records when the engine processed something
    const processedAt: string[] = [];
    const createPlatform = (env: PlatformEnvironment): Platform => {
      const platform = createEmbeddedPlatform(env);
      const runDue = platform.engine.runDue.bind(platform.engine);
      platform.engine.runDue = async () => {
        const n = await runDue();
        if (n > 0) processedAt.push(env.clock.now().toISOString());
        return n;
      };
      return platform;
    };
    // when the clock jumps from Thursday to the next Tuesday evening in one step (二次催办 due Fri, Mon 09:00)
    const file = scenarioFile([
      ...professionalCase,
      { advance: { to: '2026-03-16T20:00:00+08:00' } },
      { expectEvents: { urged: 2 } },
    ]);
    await runScenario(file, { definitionsRoot: 'definitions', createPlatform });
    // then the 预警 mark fired at 09:00 on the due day (Thu 12), the reminders at 09:00 on Friday 13
    // and Monday 16 March — each at its own time, not at the target instant
    assert.deepEqual(processedAt, [
      '2026-03-12T01:00:00.000Z',
      '2026-03-13T01:00:00.000Z',
      '2026-03-16T01:00:00.000Z',
    ]);
  });
});
