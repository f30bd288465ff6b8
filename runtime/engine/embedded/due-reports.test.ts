/**
 * `withDueReports`: what a command's commits armed, folded from their writes (no reads), per
 * call-activity tree — checked against what the tree's stored timers and jobs say afterwards
 * (`runInstanceDue` reads them), on real BPMN and a real SQLite file.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { ArmedDue } from '../engine.js';
import { complete, fail } from '../job-worker.js';
import { engineWorlds, fixture, type EngineWorld } from './fixtures/engine-world.js';
import type { InstanceMeta } from './instance-meta.js';

const sqlite = (file: string) => SqliteStore.open({ file });

describe('EmbeddedEngine due reports (到期上报)', () => {
  const world = engineWorlds('due-', sqlite);
  let w: EngineWorld;
  let scoreResult: () => ReturnType<typeof complete>;

  beforeEach(async () => {
    w = world('2026-01-05T01:00:00.000Z', { retryBackoffMs: 60_000 });
    scoreResult = () => complete({ result: 20 });
    w.engine.registerWorker({ type: 'test.score', inputSchema: {}, handler: async () => scoreResult() });
    w.engine.registerWorker({
      type: 'test.warn',
      inputSchema: {},
      handler: async () => complete({}),
    });
    await w.engine.deploy(
      [
        'mechanics',
        'call-parent',
        'call-child',
        'call-child-auto',
        'sla-timer-child',
        'sla-timer-parent',
      ].map((f) => fixture(f)),
    );
  });

  /** Runs `command` asking for due reports; returns its value and the reports. */
  async function reported<T>(command: () => Promise<T>): Promise<{ value: T; due: ArmedDue[] }> {
    let due: ArmedDue[] | null = null;
    const value = await w.engine.withDueReports(command, (d) => void (due = d));
    assert.ok(due, 'the report is handed over before the command answers');
    return { value, due };
  }

  /** The tree's next due instant as its stored timers and jobs say (nothing due now: nothing stepped). */
  async function storedDue(rootKey: string): Promise<string | null> {
    const due = await w.engine.runInstanceDue(rootKey);
    assert.equal(due.processed, 0);
    return due.nextDueAt;
  }

  const startParent = (ref: string, childProcess: string) =>
    w.engine.start({
      processId: 'call-parent',
      businessKey: `case-${ref}`,
      variables: { childProcess, base: 1 },
    });

  it('reports the timer a start armed in a called tree, under the root, as the stored tree says', async () => {
    const { value, due } = await reported(() => startParent('1', 'call-child'));
    // the parent's boundary timer (PT1H) on its call activity; the child waits at a user task
    assert.deepEqual(due, [
      {
        rootKey: value.instanceKey,
        instanceKey: value.instanceKey,
        armedAt: '2026-01-05T02:00:00.000Z',
        ended: false,
      },
    ]);
    assert.equal(await storedDue(value.instanceKey), '2026-01-05T02:00:00.000Z');
  });

  it('folds a timer set and cleared in one command (a child that ends in its first step) to nothing', async () => {
    const { value, due } = await reported(() => startParent('2', 'call-child-auto'));
    assert.equal(w.events.tasks('after').length, 1, 'the parent went on to its user task');
    assert.deepEqual(
      due.map((d) => [d.rootKey, d.armedAt, d.ended]),
      [[value.instanceKey, null, false]],
    );
    assert.equal(await storedDue(value.instanceKey), null);
  });

  it("reports a child's command under its root, and the root's end", async () => {
    const { instanceKey } = await startParent('3', 'call-child');
    const [childTask] = w.events.tasks('c-work');
    assert.ok(childTask);
    // completing the child's task ends the child, wakes the parent, clears its boundary timer
    const completed = await reported(() => w.engine.completeUserTask(childTask.taskId, { verdict: 'ok' }));
    assert.deepEqual(
      completed.due.map((d) => [d.rootKey, d.armedAt, d.ended]),
      [[instanceKey, null, false]],
    );
    assert.equal(await storedDue(instanceKey), null);
    const [after] = w.events.tasks('after');
    assert.ok(after);
    const ended = await reported(() => w.engine.completeUserTask(after.taskId, {}));
    assert.deepEqual(
      ended.due.map((d) => [d.rootKey, d.armedAt, d.ended]),
      [[instanceKey, null, true]],
    );
  });

  it('names no root for a child whose stored meta predates root keys (the reader resolves it)', async () => {
    const { instanceKey } = await startParent('4', 'call-child');
    const [childTask] = w.events.tasks('c-work');
    assert.ok(childTask);
    // the child's record as written before meta kept the root
    const child = await w.store.engine.instance(childTask.instanceKey);
    assert.ok(child);
    const meta = (child.state as unknown as { meta: InstanceMeta }).meta;
    assert.equal(meta.parent?.rootKey, instanceKey, 'a child started now names its root');
    delete meta.parent?.rootKey;
    await w.store.transact([{ kind: 'instance.save', record: child, expectedRev: child.rev }]);
    const { due } = await reported(() => w.engine.completeUserTask(childTask.taskId, {}));
    const childReport = due.find((d) => d.instanceKey === childTask.instanceKey);
    assert.equal(childReport?.rootKey, null);
    assert.equal(await w.engine.rootInstanceKey(childTask.instanceKey), instanceKey);
  });

  it("reports a failed job's retry at its backoff, and nothing for a job run in turn", async () => {
    const start = (ref: string) =>
      w.engine.start({
        processId: 'mechanics',
        businessKey: `case-${ref}`,
        variables: { amount: 3, team: 'alpha', ref, dueAt: '2026-01-09T16:00:00+08:00' },
      });
    scoreResult = () => fail('scoring service down', true);
    const failing = await reported(() => start('r1'));
    assert.deepEqual(
      failing.due.map((d) => d.armedAt),
      ['2026-01-05T01:01:00.000Z'],
    );
    assert.equal(await storedDue(failing.value.instanceKey), '2026-01-05T01:01:00.000Z');
    scoreResult = () => complete({ result: 20 });
    const ran = await reported(() => start('r2'));
    // the score job ran in the start's own commit; the case waits at `approve` with its P40D timer
    const stored = await storedDue(ran.value.instanceKey);
    assert.equal(stored, '2026-02-14T01:00:00.000Z');
    assert.deepEqual(
      ran.due.map((d) => d.armedAt),
      [stored],
    );
  });

  it("reports a reschedule that moves a called child's SLA timer earlier, at the new instant, under the root", async () => {
    // a case whose called child waits on its 预警 timer (=warnAt)
    const { value } = await reported(() =>
      w.engine.start({
        processId: 'sla-timer-parent',
        businessKey: 'case-sla',
        variables: { warnAt: '2026-01-20T01:00:00.000Z', deadlineAt: '2026-01-20T16:00:00.000Z' },
      }),
    );
    // when a changed calendar brings the warning forward
    const { due } = await reported(() =>
      w.engine.rescheduleCase('case-sla', {
        warnAt: '2026-01-12T01:00:00.000Z',
        deadlineAt: '2026-01-12T16:00:00.000Z',
      }),
    );
    // then the report names the root and the earlier instant, as the stored tree now says
    assert.deepEqual(
      due.filter((d) => d.armedAt !== null).map((d) => [d.rootKey, d.armedAt]),
      [[value.instanceKey, '2026-01-12T01:00:00.000Z']],
    );
    assert.equal(await storedDue(value.instanceKey), '2026-01-12T01:00:00.000Z');
  });

  it('keeps concurrent commands apart: each reports only its own trees', async () => {
    const [a, b] = await Promise.all([
      reported(() => startParent('5', 'call-child')),
      reported(() => startParent('6', 'call-child-auto')),
    ]);
    assert.deepEqual(
      a.due.map((d) => [d.rootKey, d.armedAt]),
      [[a.value.instanceKey, '2026-01-05T02:00:00.000Z']],
    );
    assert.deepEqual(
      b.due.map((d) => [d.rootKey, d.armedAt]),
      [[b.value.instanceKey, null]],
    );
  });

  it('reports what a command committed before it failed', async () => {
    await startParent('7', 'call-child');
    const [childTask] = w.events.tasks('c-work');
    assert.ok(childTask);
    let due: ArmedDue[] = [];
    await assert.rejects(
      w.engine.withDueReports(
        async () => {
          await w.engine.completeUserTask(childTask.taskId, {});
          await w.engine.completeUserTask(childTask.taskId, {}); // no longer waiting
        },
        (d) => void (due = d),
      ),
      /is completed/,
    );
    // the first completion ended the child and moved the parent on: its boundary timer cleared
    assert.deepEqual(
      due.map((d) => [d.rootKey, d.armedAt, d.ended]),
      [[await w.engine.rootInstanceKey(childTask.instanceKey), null, false]],
    );
  });
});
