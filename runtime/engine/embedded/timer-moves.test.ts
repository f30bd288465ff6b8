import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { complete, type Job } from '../job-worker.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { engineWorlds, fixture, type EngineWorld } from './fixtures/engine-world.js';

const sqlite = (file: string) => SqliteStore.open({ file });

describe('EmbeddedEngine.rescheduleCase: a changed calendar moves the SLA timers of a case', () => {
  const world = engineWorlds('timer-moves-', sqlite);
  let w: EngineWorld;
  let fired: Job[];

  beforeEach(async () => {
    w = world('2027-01-25T01:00:00.000Z');
    fired = [];
    w.engine.registerWorker({
      type: 'test.warn',
      inputSchema: {},
      handler: async (job) => (fired.push(job), complete({})),
    });
    await w.engine.deploy([fixture('sla-timer-child'), fixture('sla-timer-parent')]);
    // given a case whose called child waits on its 预警 timer (=warnAt), 09:00 Wed 10 Feb
    await w.engine.start({
      processId: 'sla-timer-parent',
      businessKey: 'case-1',
      variables: { warnAt: '2027-02-10T01:00:00.000Z', deadlineAt: '2027-02-10T16:00:00.000Z' },
    });
  });

  const timers = async () => {
    const keys = await w.store.engine.activeInstanceKeys();
    return (await Promise.all(keys.map((k) => w.store.engine.timersFor(k)))).flat().map((t) => t.dueAt);
  };

  it('moves a waiting timer later: it does not fire at the old instant, it fires at the new one', async () => {
    assert.deepEqual(await timers(), ['2027-02-10T01:00:00.000Z']);
    // when the notice pushes the deadline to 15 Feb, with the case update committed alongside
    await w.engine.rescheduleCase(
      'case-1',
      { warnAt: '2027-02-15T01:00:00.000Z', deadlineAt: '2027-02-15T16:00:00.000Z', notHeld: 'x' },
      [{ kind: 'audit.append', record: auditRecord() }],
    );
    // then the durable timer row and both instances' variables follow; a variable nobody holds is not set
    assert.deepEqual(await timers(), ['2027-02-15T01:00:00.000Z']);
    const instances = await w.store.engine.activeInstances();
    assert.deepEqual(
      instances.map((i) => i.variables.deadlineAt),
      ['2027-02-15T16:00:00.000Z', '2027-02-15T16:00:00.000Z'],
    );
    assert.ok(instances.every((i) => !('notHeld' in i.variables)));
    assert.equal((await w.store.audit.list({})).total, 1);
    // and the old instant passes quietly, the new one fires
    w.clock.set('2027-02-10T02:00:00.000Z');
    await w.engine.runDue();
    assert.equal(fired.length, 0);
    w.clock.set('2027-02-15T01:00:00.000Z');
    await w.engine.runDue();
    assert.equal(fired.length, 1);
    assert.equal(fired[0]?.variables.warnAt, '2027-02-15T01:00:00.000Z');
  });

  it('moves a waiting timer to an instant already past: it fires at once', async () => {
    w.clock.set('2027-02-08T03:00:00.000Z');
    await w.engine.rescheduleCase('case-1', { warnAt: '2027-02-08T01:00:00.000Z' });
    assert.equal(fired.length, 1);
    assert.deepEqual(await timers(), []);
  });

  it('a case without live instances only commits its effects', async () => {
    await w.engine.rescheduleCase('no-such-case', { warnAt: '2027-02-15T01:00:00.000Z' }, [
      { kind: 'audit.append', record: auditRecord() },
    ]);
    assert.equal((await w.store.audit.list({})).total, 1);
  });
});

function auditRecord() {
  return {
    id: `aud_${Math.random().toString(16).slice(2)}`,
    at: '2027-01-25T01:00:00.000Z',
    jurisdiction: null,
    actorId: null,
    actorName: null,
    action: 'calendar.follow',
    method: 'PUT',
    path: '/calendar',
    target: null,
    status: 200,
    requestId: null,
    before: null,
    after: null,
  };
}
