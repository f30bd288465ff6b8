import { after, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../common/clock.js';
import { stableId } from '../../common/ids.js';
import { complete } from '../job-worker.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EmbeddedEngine } from './embedded-engine.js';
import { RecordingProjector } from './fixtures/recording-projector.js';

const fixture = (name: string) => ({
  name,
  xml: readFileSync(new URL(`./fixtures/${name}.bpmn`, import.meta.url), 'utf8'),
});

describe('EmbeddedEngine call activities (reusable building blocks)', () => {
  const dirs: string[] = [];
  let store: SqliteStore;
  let clock: ManualClock;
  let events: RecordingProjector;
  let engine: EmbeddedEngine;

  beforeEach(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'call-'));
    dirs.push(dir);
    store = SqliteStore.open({ file: join(dir, 'db.sqlite') });
    clock = new ManualClock('2026-01-05T01:00:00.000Z');
    events = new RecordingProjector();
    engine = new EmbeddedEngine({ store, clock, projector: events });
    engine.registerWorker({
      type: 'test.score',
      inputSchema: {},
      handler: async (job) => complete({ score: Number(job.variables.base) * 10 }),
    });
    await engine.deploy(['call-parent', 'call-child', 'call-child-auto'].map(fixture));
  });
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('runs the called process as a child and continues the parent with the child variables', async () => {
    // Given a parent whose call activity starts `call-child` (a user task)
    const { instanceKey } = await engine.start({
      processId: 'call-parent',
      businessKey: 'case-1',
      variables: { childProcess: 'call-child', base: 1 },
    });
    const [childTask] = events.tasks('c-work');
    assert.ok(childTask, 'the child user task is in the inbox, under the same business key');
    assert.equal(childTask.businessKey, 'case-1');
    assert.equal(childTask.variables.base, 1, 'parent variables are copied into the child');
    // When the child task is completed
    await engine.completeUserTask(childTask.taskId, { verdict: 'ok' });
    // Then the parent continues with the child's variables
    assert.equal(events.tasks('after').length, 1);
    assert.equal((await store.engine.instance(instanceKey))?.variables.verdict, 'ok');
  });

  it('completes at once when the child finishes in the same step', async () => {
    const { instanceKey } = await engine.start({
      processId: 'call-parent',
      businessKey: 'case-2',
      variables: { childProcess: 'call-child-auto', base: 4 },
    });
    assert.equal(events.tasks('after').length, 1);
    assert.equal((await store.engine.instance(instanceKey))?.variables.score, 40);
  });

  it('terminates the child (and cancels its task) when the call activity is interrupted', async () => {
    const { instanceKey } = await engine.start({
      processId: 'call-parent',
      businessKey: 'case-3',
      variables: { childProcess: 'call-child', base: 1 },
    });
    const [childTask] = events.tasks('c-work');
    const [job] = (await store.engine.jobsFor(instanceKey)).filter((j) => j.elementId === 'call');
    // When the interrupting timer on the call activity fires
    clock.set('2026-01-05T02:00:00.000Z');
    await engine.runDue();
    // Then the parent ends through the timeout path and the child is terminated
    assert.equal((await store.engine.instance(instanceKey))?.status, 'completed');
    assert.equal((await store.engine.instance(stableId('inst', job?.jobKey ?? '')))?.status, 'terminated');
    assert.ok(events.events.some((e) => e.type === 'userTask.cancelled' && e.taskId === childTask?.taskId));
    await assert.rejects(engine.completeUserTask(childTask?.taskId ?? '', {}));
  });
});
