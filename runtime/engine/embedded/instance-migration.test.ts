import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { engineWorlds, fixture, type EngineWorld } from './fixtures/engine-world.js';

const sqlite = (file: string) => SqliteStore.open({ file });

/**
 * Migration of a running instance on the embedded engine (Camunda 7 / Zeebe semantics): the active
 * user task keeps its task id, assignee and due timer; its element is renamed as mapped; the flow
 * after it is the target's.
 */
describe('EmbeddedEngine: migrating a running instance to another version', () => {
  const world = engineWorlds('migrate-', sqlite);
  let w: EngineWorld;

  beforeEach(async () => {
    w = world('2026-01-05T01:00:00.000Z');
    await w.engine.deploy([fixture('migrate-v1', 'migrate')], 'j.v1');
    await w.engine.deploy([fixture('migrate-v2', 'migrate')], 'j.v2');
  });

  const startOnV1 = (key: string) =>
    w.engine.start({ namespace: 'j.v1', processId: 'migrate', businessKey: key, variables: {} });
  const v2 = (instanceKey: string, extra: object = {}) => ({
    instanceKey,
    namespace: 'j.v2',
    processId: 'migrate',
    mappings: [{ from: 'work', to: 'labour' }],
    formFields: { labour: ['approved'] },
    ...extra,
  });

  it('dry run names the active elements and why they cannot move without a mapping', async () => {
    // given an instance waiting at v1's `work` (with its boundary timer listening)
    const { instanceKey } = await startOnV1('case-1');
    // when planned onto v2 without mappings
    const check = await w.engine.planMigration({ instanceKey, namespace: 'j.v2', processId: 'migrate' });
    // then `work` exists in v2 only as a service task: the type cannot change
    assert.deepEqual(check.activeElements.map((a) => a.elementId).sort(), ['work', 'work-late']);
    assert.ok(
      check.problems.some((p) => p.elementId === 'work' && p.code === 'type_changed'),
      JSON.stringify(check),
    );
    assert.ok(check.problems.some((p) => p.code === 'attachment_changed'));
    // and with the mapping (and the form providing what the condition reads) nothing stops it
    assert.deepEqual((await w.engine.planMigration(v2(instanceKey))).problems, []);
    // but without the form's fields the gateway after it reads a variable the case lacks
    const lacking = await w.engine.planMigration(v2(instanceKey, { formFields: {} }));
    assert.deepEqual(
      lacking.problems.map((p) => p.code),
      ['variable_missing'],
    );
  });

  it('moves the waiting task onto the mapped element; completing it follows the target', async () => {
    // given an instance whose v1 task leads nowhere
    const { instanceKey } = await startOnV1('case-2');
    const [task] = w.events.tasks('work');
    assert.ok(task);
    const timerBefore = await w.store.engine.timersFor(instanceKey);
    // when migrated to v2 with work -> labour
    await w.engine.migrate(v2(instanceKey));
    // then the same inbox task now names the new element, and the boundary timer keeps its due time
    const moved = await w.store.tasks.get(task.taskId);
    assert.equal(moved?.elementId, 'labour');
    assert.equal(moved?.name, '办理（新版）');
    assert.equal(moved?.formKey, 'labour');
    const timers = await w.store.engine.timersFor(instanceKey);
    assert.deepEqual(
      timers.map((t) => [t.timerKey, t.dueAt, t.elementId]),
      timerBefore.map((t) => [t.timerKey, t.dueAt, 'work-late']),
    );
    // and the moved boundary timer still fires (non-interrupting: the task stays open)
    w.clock.set('2026-01-05T03:30:00.000Z');
    assert.equal(await w.engine.runDue(), 1);
    assert.deepEqual(await w.store.engine.timersFor(instanceKey), []);
    assert.equal((await w.store.tasks.get(task.taskId))?.status, 'open');
    // and completing it runs v2's flow: the approval task appears
    await w.engine.completeUserTask(task.taskId, { approved: true });
    assert.equal(w.events.tasks('approve').length, 1);
    const instance = await w.store.engine.instance(instanceKey);
    assert.equal(instance?.status, 'active');
  });

  it('refuses (409, nothing written) when a problem remains', async () => {
    const { instanceKey } = await startOnV1('case-3');
    const before = await w.store.engine.instance(instanceKey);
    await assert.rejects(
      w.engine.migrate({ instanceKey, namespace: 'j.v2', processId: 'migrate' }),
      (e: { code: string }) => e.code === 'migration_refused',
    );
    assert.deepEqual(await w.store.engine.instance(instanceKey), before);
  });
});
