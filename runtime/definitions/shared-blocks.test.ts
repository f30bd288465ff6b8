import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefinitionFolder } from './definition-loader.js';
import { sharedBlockChanges } from './shared-blocks.js';

describe('sharedBlockChanges: 共享构件 are the platform administrator’s', () => {
  it('accepts a draft carrying the current version’s shared blocks unchanged', async () => {
    const current = await loadDefinitionFolder('definitions/jiaxing-etdz');
    assert.deepEqual(sharedBlockChanges(structuredClone(current), current), []);
  });

  it('names an edited, an added and a shadowing shared block; leaving one out is allowed', async () => {
    // given 嘉兴经开区's current bundle
    const current = await loadDefinitionFolder('definitions/jiaxing-etdz');
    const i = current.processes.findIndex((p) => p.name === 'shared.reminder-loop');
    const own = current.processes.findIndex((p) => p.name === 'etdz-request');
    // when a draft edits the reminder loop, drops the revisit, adds a shared block and shadows one
    const processes = current.processes
      .map((p, k) => (k === i ? { ...p, xml: p.xml.replace('催办', '不催') } : p))
      .filter((p) => p.name !== 'shared.revisit');
    processes.push({ name: 'shared.extra', xml: '<bpmn:process id="shared-extra" />' });
    processes.push({ name: 'mine', xml: '<bpmn:process id="shared-rating-window" isExecutable="true" />' });
    const problems = sharedBlockChanges({ processes }, current);
    // then each is named with its path
    const reasons = problems.map((p) => `${p.path} ${p.reason}`);
    assert.ok(
      reasons.some((r) => r.includes('shared.reminder-loop is edited')),
      reasons.join('\n'),
    );
    assert.ok(reasons.some((r) => r.includes('shared.extra is edited')));
    assert.ok(reasons.some((r) => r.includes('shared-rating-window belongs to the shared')));
    assert.ok(!reasons.some((r) => r.includes('shared.revisit')));
    assert.ok(own >= 0 && !reasons.some((r) => r.startsWith(`/processes/${own} `)));
  });
});
