import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complete, fail, type JobOutcome, type JobWorker } from '../job-worker.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { transactions } from './fixtures/counted-transactions.js';
import { engineWorlds, fixture, type EngineWorld } from './fixtures/engine-world.js';

const sqlite = (file: string) => SqliteStore.open({ file });
type InTurn = JobWorker['inTurn'];

/** What a step left in the store: the instance, its jobs, the events projected. */
async function outcome(w: EngineWorld, instanceKey: string) {
  const instance = await w.store.engine.instance(instanceKey);
  const jobs = await w.store.engine.jobsFor(instanceKey);
  return {
    status: instance?.status,
    variables: instance?.variables,
    jobs: jobs.map((j) => ({ status: j.status, retries: j.retries, runAfter: j.runAfter, error: j.error })),
    events: w.events.events.map((e) => e.type),
  };
}

describe('a job run in the turn of the step that created it', () => {
  const world = engineWorlds('in-turn-', sqlite);

  async function started(process: 'mechanics' | 'errors', inTurn: InTurn, result: () => JobOutcome) {
    const w = world('2026-01-05T01:00:00.000Z', { retryBackoffMs: 60_000 });
    const type = process === 'mechanics' ? 'test.score' : 'test.lookup';
    w.engine.registerWorker({ type, inputSchema: {}, handler: async () => result(), inTurn });
    await w.engine.deploy([fixture(process)]);
    const commits = transactions(w.store);
    const variables = { amount: 3, team: 'alpha', ref: 'r1', dueAt: '2026-01-09T16:00:00+08:00', code: 'X' };
    const { instanceKey } = await w.engine.start({ processId: process, businessKey: 'case-1', variables });
    return { w, commits, instanceKey };
  }

  it('commits the step and the job together, leaving what two commits leave', async () => {
    // Given the same worker, once declared in-turn and once not
    const own = await started('mechanics', undefined, () => complete({ result: 20 }));
    const inTurn = await started('mechanics', 'always', () => complete({ result: 20 }));
    // Then the in-turn start is one transaction (one state save) instead of two
    assert.equal(own.commits.length, 2);
    assert.equal(inTurn.commits.length, 1);
    assert.deepEqual(
      inTurn.commits[0]?.filter((k) => k === 'instance.save'),
      ['instance.save'],
    );
    // and the store holds the same: the job completed, the score mapped, the user task open
    assert.deepEqual(await outcome(inTurn.w, inTurn.instanceKey), await outcome(own.w, own.instanceKey));
    assert.equal((await inTurn.w.store.engine.instance(inTurn.instanceKey))?.variables.score, 21);
  });

  it('turns a failing in-turn worker into the same retry, then the same incident', async () => {
    // Given a worker that fails retryably, declared in-turn and not
    const own = await started('mechanics', undefined, () => fail('scoring service down', true));
    const inTurn = await started('mechanics', 'always', () => fail('scoring service down', true));
    // Then the start and the retry are one commit, and the job waits out its backoff as before
    assert.equal(inTurn.commits.length, 1);
    const retried = await outcome(inTurn.w, inTurn.instanceKey);
    assert.deepEqual(retried, await outcome(own.w, own.instanceKey));
    assert.deepEqual(retried.jobs, [
      { status: 'pending', retries: 1, runAfter: '2026-01-05T01:01:00.000Z', error: 'scoring service down' },
    ]);
    // When its backoff has passed, the poller runs it again (in a step of its own) and it fails for good
    for (const { w } of [own, inTurn]) {
      w.clock.set('2026-01-05T01:01:00.000Z');
      await w.engine.runDue();
    }
    const failed = await outcome(inTurn.w, inTurn.instanceKey);
    assert.deepEqual(failed, await outcome(own.w, own.instanceKey));
    assert.equal(failed.jobs[0]?.status, 'failed');
    assert.ok(failed.events.includes('incident'));
  });

  it('commits the step as it was before the job when the job raises an uncaught BPMN error', async () => {
    const thrown = (): JobOutcome => ({
      outcome: 'bpmnError',
      errorCode: 'OTHER',
      message: 'no such enterprise',
    });
    // Given a BPMN error no boundary event catches
    const own = await started('errors', undefined, thrown);
    const inTurn = await started('errors', 'always', thrown);
    // Then the started instance stays where it was, its job failed with an incident, as without in-turn
    const stopped = await outcome(inTurn.w, inTurn.instanceKey);
    assert.deepEqual(stopped, await outcome(own.w, own.instanceKey));
    assert.equal(stopped.status, 'active');
    assert.equal(stopped.jobs[0]?.status, 'failed');
    assert.ok(stopped.events.includes('incident'));
    // and the stored state is the waiting one: a restarted engine can retry the incident's job
    const state = (await inTurn.w.store.engine.instance(inTurn.instanceKey))?.state as {
      meta: { openJobs: Record<string, unknown> };
    };
    assert.equal(Object.keys(state.meta.openJobs).length, 1);
  });

  it('leaves an afterStart worker to a step of its own in an instance’s first step', async () => {
    // Given a worker that reads the case, which the uncommitted first step may be inserting
    const first = await started('mechanics', 'afterStart', () => complete({ result: 20 }));
    // Then the start commits first, and the job in a commit of its own
    assert.equal(first.commits.length, 2);
    assert.equal((await first.w.store.engine.instance(first.instanceKey))?.variables.score, 21);
  });
});
