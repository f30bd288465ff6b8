import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ExpressionBudgetError } from '../../common/errors.js';
import { stableId } from '../../common/ids.js';
import { expressionEvaluator } from '../../expressions/expression-evaluator.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { complete, type JobOutcome, type JobWorker } from '../job-worker.js';
import { transactions } from './fixtures/counted-transactions.js';
import { engineWorlds, fixture, type EngineWorld } from './fixtures/engine-world.js';
import type { InstanceMeta } from './instance-meta.js';

const sqlite = (file: string) => SqliteStore.open({ file });
type InTurn = JobWorker['inTurn'];
const at = '2026-01-05T01:00:00.000Z';
const businessKey = 'case-1';
const instanceKey = stableId('inst', businessKey);

/** What a run left in the store: the instance and where its state waits, its job, the events. */
async function left(w: EngineWorld) {
  const instance = await w.store.engine.instance(instanceKey);
  const jobs = await w.store.engine.jobsFor(instanceKey);
  const meta = (instance?.state as { meta?: InstanceMeta } | null | undefined)?.meta;
  const incidents = w.events.events.flatMap((e) => (e.type === 'incident' ? [e.message] : []));
  return {
    status: instance?.status,
    waitingAt: Object.values(meta?.openJobs ?? {}).map((j) => j.elementId),
    tasks: w.events.events.flatMap((e) => (e.type === 'userTask.created' ? [e.task.elementId] : [])),
    jobs: jobs.map((j) => ({ status: j.status, retries: j.retries, error: j.error })),
    // the quarantine note differs between a first and a repeated runaway: compare up to it
    incidents: incidents.map((m) => m.replace(/（隔离中.*$/, '')),
  };
}

/**
 * The decisions on a worker's outcome that the in-turn commit and the job driver share, pinned on
 * both paths: each run is its own tenant, since an expression past its budget is quarantined per
 * tenant and would otherwise answer the next run from quarantine.
 */
describe('a job’s outcome, whether the job runs in the turn of its step or in a step of its own', () => {
  const world = engineWorlds('job-outcomes-', sqlite);
  after(() => expressionEvaluator().close());
  let tenants = 0;

  /** What a run does: the worker's result, the route after the job, what happens before the start. */
  interface Run {
    result: () => JobOutcome;
    route: string;
    before?: (w: EngineWorld) => Promise<unknown>;
  }

  async function run(inTurn: InTurn, { result, route, before }: Run) {
    const w = world(at, { retryBackoffMs: 60_000 });
    w.engine.registerWorker({ type: 'test.work', inputSchema: {}, handler: async () => result(), inTurn });
    await w.engine.deploy([fixture('job-outcomes')]);
    await before?.(w);
    const commits = transactions(w.store);
    const variables = { route, ref: 'r1', jurisdiction: `tenant-${++tenants}` };
    const started = await w.engine.start({ processId: 'job-outcomes', businessKey, variables }).then(
      () => null,
      (error: unknown) => error,
    );
    return { w, commits, started, left: await left(w) };
  }
  const both = async (r: Run) => ({ own: await run(undefined, r), inTurn: await run('always', r) });
  const saves = (commit: string[] | undefined) => commit?.filter((k) => k === 'instance.save').length;

  it('takes the error boundary event of a caught BPMN error', async () => {
    const { own, inTurn } = await both({
      result: () => ({ outcome: 'bpmnError', errorCode: 'NOT_FOUND', message: 'no such enterprise' }),
      route: 'review',
    });
    assert.deepEqual(inTurn.left, own.left);
    assert.deepEqual(own.left.tasks, ['handle-missing']);
    assert.deepEqual(own.left.incidents, []);
    assert.deepEqual([own.commits.length, inTurn.commits.length], [2, 1]);
  });

  it('fails the job for good when a condition after it runs past its budget; the instance stays before the job', async () => {
    const { own, inTurn } = await both({ result: () => complete({}), route: 'runaway' });
    assert.equal(own.started, null);
    assert.equal(inTurn.started, null);
    assert.deepEqual(inTurn.left, own.left);
    assert.equal(own.left.status, 'active');
    assert.deepEqual(own.left.waitingAt, ['work']);
    assert.deepEqual(own.left.tasks, []);
    assert.equal(own.left.jobs.length, 1);
    assert.deepEqual([own.left.jobs[0]?.status, own.left.jobs[0]?.retries], ['failed', 0]);
    assert.match(own.left.jobs[0]?.error ?? '', /^expression_budget_exceeded：FEEL 表达式 =if route/);
    assert.equal(own.left.incidents.length, 1);
    assert.match(
      own.left.incidents[0] ?? '',
      /^test\.work: expression_budget_exceeded：FEEL 表达式 =if route/,
    );
    // on its own: the start, then the incident alone (nothing of the job's step is saved);
    // in turn: the step as it was before the job, with the incident, in one transaction
    assert.deepEqual(own.commits.map(saves), [1, 0]);
    assert.deepEqual(inTurn.commits.map(saves), [1]);
  });

  it('fails the job for good as well when its budget runs out while the step after it is staged', async () => {
    // Given a message buffered before the instance waits for it: the step after the job takes it, and
    // the condition after the message runs away while that step is reconciled (not in the job's run)
    const buffered = (w: EngineWorld) =>
      w.engine.publishMessage({ name: 'go', correlationKey: 'r1', ttlMs: 60_000 });
    const { own, inTurn } = await both({ result: () => complete({}), route: 'wait', before: buffered });
    assert.equal(own.started, null);
    assert.equal(inTurn.started, null);
    assert.deepEqual(inTurn.left, own.left);
    assert.deepEqual([own.left.status, own.left.waitingAt], ['active', ['work']]);
    assert.deepEqual([own.left.jobs[0]?.status, own.left.jobs[0]?.retries], ['failed', 0]);
    assert.match(own.left.incidents[0] ?? '', /^test\.work: expression_budget_exceeded：FEEL 表达式 =count/);
    assert.deepEqual(own.commits.map(saves), [1, 0]);
    assert.deepEqual(inTurn.commits.map(saves), [1]);
    // and the message is still buffered: the step that took it was not committed
    for (const { w } of [own, inTurn])
      assert.equal((await w.store.engine.bufferedMessages('go', 'r1', at)).length, 1);
  });

  it('fails the job at once, its retries unused, when the worker itself throws a budget error', async () => {
    const { own, inTurn } = await both({
      result: () => {
        throw new ExpressionBudgetError('expression_budget_exceeded：rule ran away');
      },
      route: 'review',
    });
    assert.deepEqual(inTurn.left, own.left);
    assert.deepEqual([own.left.status, own.left.waitingAt], ['active', ['work']]);
    assert.deepEqual(own.left.jobs, [
      { status: 'failed', retries: 0, error: 'expression_budget_exceeded：rule ran away' },
    ]);
    assert.deepEqual(own.left.incidents, ['test.work: expression_budget_exceeded：rule ran away']);
    // a failed job, not a broken instance: its failure commits with the instance's state
    assert.deepEqual(own.commits.map(saves), [1, 1]);
    assert.deepEqual(inTurn.commits.map(saves), [1]);
  });

  it('lets an engine error that is not a budget reach the caller, the step after the job uncommitted', async () => {
    // Given a route no flow of the gateway after the job takes (and no default flow)
    const { own, inTurn } = await both({ result: () => complete({}), route: 'nowhere' });
    for (const { started } of [own, inTurn])
      assert.ok(started instanceof Error && !(started instanceof ExpressionBudgetError));
    // on its own the start was committed before the job ran: it stands, the job still pending
    assert.deepEqual(own.left.jobs, [{ status: 'pending', retries: 2, error: null }]);
    assert.deepEqual([own.left.status, own.left.waitingAt], ['active', ['work']]);
    assert.deepEqual(own.commits.map(saves), [1]);
    // in turn the start and the job are one commit: nothing was committed
    assert.equal(inTurn.left.status, undefined);
    assert.deepEqual(inTurn.commits, []);
    assert.deepEqual([own.left.incidents, inTurn.left.incidents], [[], []]);
  });
});
