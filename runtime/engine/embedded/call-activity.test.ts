import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stableId } from '../../common/ids.js';
import { complete } from '../job-worker.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { engineWorlds, fixture, type EngineWorld } from './fixtures/engine-world.js';

const sqlite = (file: string) => SqliteStore.open({ file });

describe('EmbeddedEngine call activities (reusable building blocks)', () => {
  const world = engineWorlds('call-', sqlite);
  let w: EngineWorld;

  beforeEach(async () => {
    w = world('2026-01-05T01:00:00.000Z');
    w.engine.registerWorker({
      type: 'test.score',
      inputSchema: {},
      handler: async (job) => complete({ score: Number(job.variables.base) * 10 }),
    });
    await w.engine.deploy(['call-parent', 'call-child', 'call-child-auto'].map((name) => fixture(name)));
  });

  /** The parent started on a case, calling `childProcess` with `base`. */
  const startParent = (ref: string, childProcess: string, base: number) =>
    w.engine.start({
      processId: 'call-parent',
      businessKey: `case-${ref}`,
      variables: { childProcess, base },
    });

  it('runs the called process as a child and continues the parent with the child variables', async () => {
    // Given a parent whose call activity starts `call-child` (a user task)
    const { instanceKey } = await startParent('1', 'call-child', 1);
    const [childTask] = w.events.tasks('c-work');
    assert.ok(childTask, 'the child user task is in the inbox, under the same business key');
    assert.equal(childTask.businessKey, 'case-1');
    assert.equal(childTask.variables.base, 1, 'parent variables are copied into the child');
    // When the child task is completed
    await w.engine.completeUserTask(childTask.taskId, { verdict: 'ok' });
    // Then the parent continues with the child's variables
    assert.equal(w.events.tasks('after').length, 1);
    assert.equal((await w.store.engine.instance(instanceKey))?.variables.verdict, 'ok');
  });

  it('completes at once when the child finishes in the same step', async () => {
    const { instanceKey } = await startParent('2', 'call-child-auto', 4);
    assert.equal(w.events.tasks('after').length, 1);
    assert.equal((await w.store.engine.instance(instanceKey))?.variables.score, 40);
  });

  it('terminates the child (and cancels its task) when the call activity is interrupted', async () => {
    const { instanceKey } = await startParent('3', 'call-child', 1);
    const [childTask] = w.events.tasks('c-work');
    const [job] = (await w.store.engine.jobsFor(instanceKey)).filter((j) => j.elementId === 'call');
    // When the interrupting timer on the call activity fires
    w.clock.set('2026-01-05T02:00:00.000Z');
    await w.engine.runDue();
    // Then the parent ends through the timeout path and the child is terminated
    assert.equal((await w.store.engine.instance(instanceKey))?.status, 'completed');
    assert.equal((await w.store.engine.instance(stableId('inst', job?.jobKey ?? '')))?.status, 'terminated');
    assert.ok(w.events.events.some((e) => e.type === 'userTask.cancelled' && e.taskId === childTask?.taskId));
    await assert.rejects(w.engine.completeUserTask(childTask?.taskId ?? '', {}));
  });
});
