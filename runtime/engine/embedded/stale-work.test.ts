/**
 * A polling round reads due timers and runnable jobs up front; when an earlier item of the round
 * ends the instance, the later items of that instance are stale and must be skipped — never fail
 * the round (a background round that throws used to take the server down).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { ManualClock } from '../../common/clock.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { complete, fail } from '../job-worker.js';
import { EmbeddedEngine } from './embedded-engine.js';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <bpmn:process id="race" isExecutable="true">
    <bpmn:startEvent id="s" />
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="fork" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="a" />
    <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="b" />
    <bpmn:serviceTask id="a"><bpmn:extensionElements><zeebe:taskDefinition type="test.finish" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:serviceTask id="b"><bpmn:extensionElements><zeebe:taskDefinition type="test.other" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:sequenceFlow id="f4" sourceRef="a" targetRef="stop" />
    <bpmn:sequenceFlow id="f5" sourceRef="b" targetRef="end" />
    <bpmn:endEvent id="stop"><bpmn:terminateEventDefinition /></bpmn:endEvent>
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

it('skips the jobs of an instance an earlier job of the same round terminated', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stale-work-'));
  const store = SqliteStore.open({ file: join(dir, 'db.sqlite') });
  const clock = new ManualClock('2026-01-05T01:00:00.000Z');
  const engine = new EmbeddedEngine({
    store,
    clock,
    projector: { project: async () => [] },
    retryBackoffMs: 60_000,
  });
  try {
    // given both parallel jobs failed once and wait for their back-off
    let ready = false;
    const ran: string[] = [];
    for (const type of ['test.finish', 'test.other'])
      engine.registerWorker({
        type,
        inputSchema: {},
        handler: async () => (ready ? (ran.push(type), complete()) : fail('not yet', true)),
      });
    await engine.deploy([{ name: 'race', xml }]);
    const { instanceKey } = await engine.start({ processId: 'race', businessKey: 'case-1', variables: {} });
    await engine.runDue();
    assert.equal((await store.engine.jobsRunnable(clock.now().toISOString(), 10)).length, 0);
    // when both become runnable in one round and the first one terminates the instance
    ready = true;
    clock.advance(120_000);
    const processed = await engine.runDue();
    // then the round completes, the stale job is skipped, and the instance is completed
    assert.ok(processed >= 1);
    assert.equal((await store.engine.instance(instanceKey))?.status, 'completed');
    assert.equal((await engine.runDue()) >= 0, true);
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
