import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complete, type Job } from '../job-worker.js';
import type { Mutation } from '../../store/mutations.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { engineWorlds, fixture, reopened, type EngineWorld } from './fixtures/engine-world.js';

const sqlite = (file: string) => SqliteStore.open({ file });

describe('EmbeddedEngine multi-instance (Zeebe loop characteristics)', () => {
  const world = engineWorlds('mi-', sqlite);
  let w: EngineWorld;
  let jobs: Job[];

  /** The worker and processes on an engine: a fresh one, or the same file's after a restart. */
  const ready = async (opened: EngineWorld) => {
    w = opened;
    w.engine.registerWorker({
      type: 'test.score',
      inputSchema: {},
      handler: async (job) => {
        jobs.push(job);
        const item = job.variables.item as { n: number };
        return complete({ result: item.n * 2, lastScored: item.n });
      },
    });
    await w.engine.deploy(['mi-opinions', 'mi-scores', 'mi-child'].map((name) => fixture(name)));
  };

  beforeEach(async () => {
    jobs = [];
    await ready(world('2026-01-05T01:00:00.000Z'));
  });

  const startOpinions = (coUnits: string[], ref = 'c1') =>
    w.engine.start({
      processId: 'mi-opinions',
      businessKey: `case-${ref}`,
      variables: { coUnits, leadUnit: 'lead', deadlineAt: '2026-01-09T16:00:00.000Z' },
    });
  /** Complete from the inbox, as the case service does: the engine step, then the task row. */
  const completeTask = async (taskId: string, result: Record<string, string>) => {
    await w.engine.completeUserTask(taskId, result);
    await w.store.transact([
      { kind: 'task.update', id: taskId, patch: { status: 'completed' } },
    ] as Mutation[]);
  };
  const variables = async (instanceKey: string) =>
    (await w.store.engine.instance(instanceKey))?.variables ?? {};
  const openTasks = async (caseId: string, elementId: string) =>
    (await w.store.tasks.list({ jurisdiction: 'test', caseId, status: 'open', limit: 50 })).items.filter(
      (t) => t.elementId === elementId,
    );

  it('parallel: one task per item, iteration-local variables, output collected in item order', async () => {
    // Given two co-units
    const { instanceKey } = await startOpinions(['unit-a', 'unit-b']);
    // Then each gets its own task, its groups and input mapping computed from its own item
    const a = w.events.task('opinion', 'unit-a');
    const b = w.events.task('opinion', 'unit-b');
    assert.deepEqual([a.candidateGroups, b.candidateGroups], [['unit-a'], ['unit-b']]);
    assert.equal(a.dueDate, '2026-01-09T16:00:00.000Z');
    assert.deepEqual(
      [a.variables.unit, a.variables.loopCounter, a.variables.label],
      ['unit-a', 1, '协办：unit-a'],
    );
    assert.deepEqual([b.variables.unit, b.variables.loopCounter], ['unit-b', 2]);
    assert.deepEqual(b.variables.contributions, [null, null], 'the body-local output collection');
    assert.equal(b.variables.contribution, null, 'the output element variable starts as a local null');
    assert.equal((await variables(instanceKey)).contributions, undefined, 'not in the process scope yet');
    // When the second co-unit answers first
    await completeTask(b.taskId, { opinion: 'B says' });
    let vars = await variables(instanceKey);
    assert.equal(vars.opinion, undefined, 'with output mappings the result stays local to the iteration');
    assert.equal(vars.contribution, undefined, 'the output element variable is iteration-local');
    assert.equal(vars.anyOpinion, true, 'a mapped variable not defined locally reaches the process scope');
    assert.equal(w.events.tasks('lead').length, 0, 'the body waits for every iteration');
    // And then the first
    await completeTask(a.taskId, { opinion: 'A says' });
    // Then the collection is in item order and the gateway after the body sees it
    vars = await variables(instanceKey);
    assert.deepEqual(vars.contributions, [
      { unit: 'unit-a', opinion: 'A says', round: 1 },
      { unit: 'unit-b', opinion: 'B says', round: 2 },
    ]);
    assert.equal(vars.unit, undefined);
    assert.equal(vars.loopCounter, undefined);
    const [lead] = w.events.tasks('lead');
    assert.deepEqual(lead?.candidateGroups, ['lead']);
    assert.deepEqual(lead?.variables.contributions, vars.contributions);
  });

  it('an empty collection completes the body at once with an empty output collection', async () => {
    const { instanceKey } = await startOpinions([]);
    assert.equal(w.events.tasks('opinion').length, 0);
    assert.deepEqual((await variables(instanceKey)).contributions, []);
    assert.equal(w.events.tasks('lead-alone').length, 1, '`count(contributions) > 0` is false');
  });

  it('recovers mid-iterations after a restart: no task duplicated or lost', async () => {
    // Given one of three iterations completed, then the process restarts (fresh engine, same file)
    const { instanceKey } = await startOpinions(['unit-a', 'unit-b', 'unit-c']);
    const [a, b, c] = ['unit-a', 'unit-b', 'unit-c'].map((u) => w.events.task('opinion', u));
    await completeTask(b?.taskId ?? '', { opinion: 'B' });
    await ready(await reopened(w, sqlite));
    // When the others complete on the new engine
    await completeTask(c?.taskId ?? '', { opinion: 'C' });
    assert.equal(w.events.tasks('opinion').length, 0, 'recovery creates no task again');
    assert.equal((await openTasks('case-c1', 'opinion')).length, 1);
    await completeTask(a?.taskId ?? '', { opinion: 'A' });
    // Then all three contributions are collected, and completing twice is refused
    const vars = await variables(instanceKey);
    assert.deepEqual(
      (vars.contributions as { opinion: string }[]).map((x) => x.opinion),
      ['A', 'B', 'C'],
    );
    await assert.rejects(w.engine.completeUserTask(a?.taskId ?? '', { opinion: 'A again' }), /not waiting/);
    assert.equal((await openTasks('case-c1', 'lead')).length, 1);
  });

  it('an interrupting boundary event on the body cancels every open iteration', async () => {
    const { instanceKey } = await startOpinions(['unit-a', 'unit-b']);
    await completeTask(w.events.task('opinion', 'unit-a').taskId, { opinion: 'A' });
    w.clock.set('2026-01-15T01:00:00.000Z');
    await w.engine.runDue();
    const record = await w.store.engine.instance(instanceKey);
    assert.equal(record?.status, 'completed');
    assert.equal(record?.variables.contributions, undefined, 'a terminated body propagates nothing');
    const b = w.events.task('opinion', 'unit-b');
    assert.ok(w.events.events.some((e) => e.type === 'userTask.cancelled' && e.taskId === b.taskId));
    assert.equal((await openTasks('case-c1', 'opinion')).length, 0);
  });

  it('sequential user tasks, then parallel jobs and call activities, each with its own item', async () => {
    const items = [
      { n: 1, group: 'g1' },
      { n: 5, group: 'g2' },
    ];
    const { instanceKey } = await w.engine.start({
      processId: 'mi-scores',
      businessKey: 'case-s',
      variables: { items },
    });
    // Sequential: one review at a time, in order
    assert.deepEqual(
      w.events.tasks('review').map((t) => t.candidateGroups),
      [['g1']],
    );
    await completeTask(w.events.task('review', 'g1').taskId, {});
    // a restart between sequential iterations changes nothing
    await ready(await reopened(w, sqlite));
    await completeTask((await openTasks('case-s', 'review'))[0]?.id ?? '', {});
    assert.deepEqual(
      (await openTasks('case-s', 'review')).map((t) => t.candidateGroups),
      [],
    );
    // Parallel jobs: the worker saw each item and loop counter; `result` (the output element
    // variable) stayed local, other result variables propagated to the process scope
    assert.deepEqual(
      jobs
        .map((j) => [j.variables.item, j.variables.loopCounter])
        .sort((a, b) => Number(a[1]) - Number(b[1])),
      [
        [items[0], 1],
        [items[1], 2],
      ],
    );
    const vars = await variables(instanceKey);
    assert.deepEqual(vars.scores, [2, 10]);
    assert.equal(vars.result, undefined);
    assert.ok(
      [1, 5].includes(Number(vars.lastScored)),
      'propagated to the process scope (the last job wins)',
    );
    // Parallel call activities: one child per item, the child's task grouped by its item. (Without
    // the output mapping, propagateAllChildVariables would copy the child's stale copy of the
    // body-local `verdicts` over it, as Zeebe does: camunda/camunda#11476.)
    const g1 = w.events.task('c-judge', 'g1');
    const g2 = w.events.task('c-judge', 'g2');
    await completeTask(g2.taskId, { verdict: 'no' });
    assert.equal(w.events.tasks('after').length, 0);
    await completeTask(g1.taskId, { verdict: 'yes' });
    const done = await variables(instanceKey);
    assert.deepEqual(done.verdicts, ['yes', 'no']);
    assert.equal(done.verdict, undefined, 'the mapped child variable lands in the iteration scope');
    assert.equal(w.events.tasks('after').length, 1);
  });

  it('a collection that is not a list is refused (Zeebe raises an incident)', async () => {
    await assert.rejects(
      w.engine.start({ processId: 'mi-opinions', businessKey: 'case-x', variables: { coUnits: 'unit-a' } }),
      /not a list/,
    );
  });
});
