import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineEvent } from '../engine.js';
import { complete, fail, type Job } from '../job-worker.js';
import { EmbeddedEngine } from './embedded-engine.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { engineWorlds, fixture, type EngineWorld } from './fixtures/engine-world.js';

const sqlite = (file: string) => SqliteStore.open({ file });

describe('EmbeddedEngine', () => {
  const world = engineWorlds('engine-', sqlite);
  let w: EngineWorld;
  let jobs: Job[];
  let scoreResult: () => ReturnType<typeof complete>;

  beforeEach(async () => {
    w = world('2026-01-05T01:00:00.000Z', { retryBackoffMs: 60_000 });
    jobs = [];
    scoreResult = () => complete({ result: 20 });
    w.engine.registerWorker({
      type: 'test.score',
      inputSchema: {},
      handler: async (job) => (jobs.push(job), scoreResult()),
    });
    await w.engine.deploy([fixture('mechanics')]);
  });

  const start = (amount: number, ref = 'r1') =>
    w.engine.start({
      processId: 'mechanics',
      businessKey: `case-${ref}`,
      variables: { amount, team: 'alpha', ref, dueAt: '2026-01-09T16:00:00+08:00' },
    });
  const created = () =>
    w.events.events.filter(
      (e): e is Extract<EngineEvent, { type: 'userTask.created' }> => e.type === 'userTask.created',
    );

  it('applies zeebe:input to the job and zeebe:output to the process, then takes the FEEL branch', async () => {
    // Given amount 3, the job sees doubled = 6; the worker returns result 20; output maps score = 21
    const { instanceKey } = await start(3);
    assert.equal(jobs[0]?.variables.doubled, 6);
    const instance = await w.store.engine.instance(instanceKey);
    assert.equal(instance?.variables.score, 21);
    assert.equal(instance?.variables.result, undefined, 'with an output mapping only mapped targets are set');
    // Then `=score > 10` routes to the user task, with FEEL candidate groups and due date
    const [task] = created();
    assert.equal(task?.task.elementId, 'approve');
    assert.deepEqual(task?.task.candidateGroups, ['alpha', 'backup']);
    assert.equal(task?.task.dueDate, '2026-01-09T08:00:00.000Z');
  });

  it('starts once per business key (idempotent start)', async () => {
    const a = await start(3);
    const b = await start(3);
    assert.equal(a.instanceKey, b.instanceKey);
    assert.equal(created().length, 1);
    assert.equal(jobs.length, 1);
  });

  it('arms timers longer than 24.8 days durably and fires them on the injected clock', async () => {
    const { instanceKey } = await start(3);
    const [timer] = await w.store.engine.timersFor(instanceKey);
    assert.equal(
      timer?.dueAt,
      '2026-02-14T01:00:00.000Z',
      'P40D from the injected clock, not from the real one',
    );
    w.clock.set('2026-02-14T00:59:59.000Z');
    assert.equal(await w.engine.runDue(), 0);
    w.clock.set('2026-02-14T01:00:00.000Z');
    assert.equal(await w.engine.runDue(), 1);
    assert.equal((await w.store.engine.instance(instanceKey))?.status, 'completed');
    assert.ok(
      w.events.events.some((e) => e.type === 'userTask.cancelled'),
      'the interrupted user task is cancelled',
    );
    assert.deepEqual(await w.store.engine.timersFor(instanceKey), []);
  });

  it('completes a user task with variables and refuses a second completion', async () => {
    const { instanceKey } = await start(3);
    const taskId = created()[0]?.task.taskId as string;
    await w.engine.completeUserTask(taskId, { approved: true });
    const instance = await w.store.engine.instance(instanceKey);
    assert.equal(instance?.status, 'completed');
    assert.equal(instance?.variables.approved, true);
    await assert.rejects(w.engine.completeUserTask(taskId, {}), { code: 'instance_not_active' });
  });

  it('correlates a message by correlation key, and buffers one published before anyone waits', async () => {
    scoreResult = () => complete({ result: 1 });
    // A message published before the instance waits is buffered with its TTL…
    assert.equal(
      await w.engine.publishMessage({
        name: 'go',
        correlationKey: 'r2',
        variables: { via: 'buffer' },
        ttlMs: 60_000,
      }),
      false,
    );
    const early = await start(1, 'r2');
    assert.equal((await w.store.engine.instance(early.instanceKey))?.status, 'completed');
    assert.equal((await w.store.engine.instance(early.instanceKey))?.variables.via, 'buffer');
    // …and a message for a waiting instance is delivered to the instance with that key only
    const waiting = await start(1, 'r3');
    const other = await start(1, 'r4');
    assert.equal(
      await w.engine.publishMessage({ name: 'go', correlationKey: 'r3', variables: { via: 'direct' } }),
      true,
    );
    assert.equal((await w.store.engine.instance(waiting.instanceKey))?.status, 'completed');
    assert.equal((await w.store.engine.instance(other.instanceKey))?.status, 'active');
    assert.equal(await w.engine.publishMessage({ name: 'go', correlationKey: 'nobody' }), false);
  });

  it('retries a failed job with backoff, then raises an incident when retries are exhausted', async () => {
    scoreResult = () => fail('scoring service down', true);
    const { instanceKey } = await start(3);
    let [job] = await w.store.engine.jobsFor(instanceKey);
    assert.equal(job?.retries, 1);
    assert.equal(job?.runAfter, '2026-01-05T01:01:00.000Z');
    assert.equal(await w.engine.runDue(), 0, 'not before its backoff');
    w.clock.set('2026-01-05T01:01:00.000Z');
    await w.engine.runDue();
    [job] = await w.store.engine.jobsFor(instanceKey);
    assert.equal(job?.status, 'failed');
    assert.ok(
      w.events.events.some((e) => e.type === 'incident' && e.message.includes('scoring service down')),
    );
  });

  it('keeps variables named like bpmn-engine internals (content, fields, properties) intact', async () => {
    const { instanceKey } = await w.engine.start({
      processId: 'mechanics',
      businessKey: 'case-reserved',
      variables: {
        amount: 3,
        team: 'alpha',
        ref: 'x',
        dueAt: '2026-01-09T16:00:00+08:00',
        content: 'c',
        fields: 1,
        properties: { a: 1 },
      },
    });
    const vars = (await w.store.engine.instance(instanceKey))?.variables;
    assert.deepEqual([vars?.content, vars?.fields, vars?.properties], ['c', 1, { a: 1 }]);
  });

  it('survives a restart: a new engine on the same store resumes from persisted state', async () => {
    const { instanceKey } = await start(3);
    const taskId = created()[0]?.task.taskId as string;
    await w.engine.close();
    const fresh = new EmbeddedEngine({ store: w.store, clock: w.clock, projector: w.events });
    await fresh.completeUserTask(taskId, {});
    assert.equal((await w.store.engine.instance(instanceKey))?.status, 'completed');
  });
});

describe('EmbeddedEngine BPMN errors', () => {
  const world = engineWorlds('errors-', sqlite);
  it('routes a worker’s BPMN error to the matching error boundary event, and makes an uncaught one an incident', async () => {
    const { store, events: projector, engine } = world('2026-01-05T01:00:00.000Z');
    engine.registerWorker({
      type: 'test.lookup',
      inputSchema: {},
      handler: async (job) => ({
        outcome: 'bpmnError',
        errorCode: String(job.variables.code),
        message: 'no such enterprise',
      }),
    });
    await engine.deploy([fixture('errors')]);
    // Given a worker that throws NOT_FOUND, caught by the boundary event
    await engine.start({ processId: 'errors', businessKey: 'caught', variables: { code: 'NOT_FOUND' } });
    assert.ok(
      projector.events.some((e) => e.type === 'userTask.created' && e.task.elementId === 'handle-missing'),
    );
    // When the code matches no boundary event
    const { instanceKey } = await engine.start({
      processId: 'errors',
      businessKey: 'uncaught',
      variables: { code: 'OTHER' },
    });
    // Then the job fails with an incident and the instance stays where it was
    const [job] = await store.engine.jobsFor(instanceKey);
    assert.equal(job?.status, 'failed');
    assert.ok(projector.events.some((e) => e.type === 'incident' && e.message.includes('OTHER')));
    assert.equal((await store.engine.instance(instanceKey))?.status, 'active');
    await engine.close();
  });
});
