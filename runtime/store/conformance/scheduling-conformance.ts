import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aJob, aTimer } from './engine-fixtures.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

export function describeSchedulingConformance(open: OpenStore): void {
  void describe('timers', () => {
    const store = freshStorePerTest(open);

    void it("sets timers, re-setting one key reschedules it, and lists an instance's timers", async () => {
      // given two timers, one of them set again with a later due date
      await store().transact([
        { kind: 'timer.set', record: aTimer() },
        { kind: 'timer.set', record: aTimer({ timerKey: 'timer-2', dueAt: day(7) }) },
        { kind: 'timer.set', record: aTimer({ instanceKey: 'inst-2' }) },
      ]);
      await store().transact([{ kind: 'timer.set', record: aTimer({ dueAt: day(9) }) }]);
      // then the instance has both, the first rescheduled
      const timers = await store().engine.timersFor('inst-1');
      assert.deepEqual(timers, [aTimer({ timerKey: 'timer-2', dueAt: day(7) }), aTimer({ dueAt: day(9) })]);
    });

    void it('returns due timers (dueAt <= now) earliest first, up to the limit', async () => {
      // given timers due on days 3, 1, 2 and 8
      await store().transact(
        [3, 1, 2, 8].map((d) => ({
          kind: 'timer.set' as const,
          record: aTimer({ timerKey: `t${d}`, dueAt: day(d) }),
        })),
      );
      // then at day 3 the first three are due, in order; the limit cuts
      assert.deepEqual(
        (await store().engine.timersDue(day(3), 10)).map((t) => t.timerKey),
        ['t1', 't2', 't3'],
      );
      assert.deepEqual(
        (await store().engine.timersDue(day(3), 2)).map((t) => t.timerKey),
        ['t1', 't2'],
      );
      assert.equal((await store().engine.nextTimer())?.timerKey, 't1');
    });

    void it('clears a timer; clearing a missing one is a no-op; nextTimer is null when none remain', async () => {
      await store().transact([{ kind: 'timer.set', record: aTimer() }]);
      await store().transact([
        { kind: 'timer.clear', instanceKey: 'inst-1', timerKey: 'timer-1' },
        { kind: 'timer.clear', instanceKey: 'inst-1', timerKey: 'never-set' },
      ]);
      assert.deepEqual(await store().engine.timersFor('inst-1'), []);
      assert.equal(await store().engine.nextTimer(), null);
    });
  });

  void describe('jobs', () => {
    const store = freshStorePerTest(open);

    void it('returns a job as written and ignores a replayed insert', async () => {
      await store().transact([{ kind: 'job.insert', record: aJob() }]);
      await store().transact([{ kind: 'job.insert', record: aJob({ type: 'replayed' }) }]);
      assert.deepEqual(await store().engine.job('job-1'), aJob());
      assert.equal(await store().engine.job('nope'), null);
    });

    void it('returns pending jobs whose runAfter has passed, longest waiting first, up to the limit', async () => {
      // given pending jobs due on days 3, 1, 5, and a completed and a failed one long due
      await store().transact(
        [
          aJob({ jobKey: 'j3', runAfter: day(3) }),
          aJob({ jobKey: 'j1', runAfter: day(1) }),
          aJob({ jobKey: 'j5', runAfter: day(5) }),
          aJob({ jobKey: 'done', runAfter: day(1), status: 'completed' }),
          aJob({ jobKey: 'dead', runAfter: day(1), status: 'failed' }),
        ].map((record) => ({ kind: 'job.insert' as const, record })),
      );
      // then
      const keys = async (now: string, limit: number) =>
        (await store().engine.jobsRunnable(now, limit)).map((j) => j.jobKey);
      assert.deepEqual(await keys(day(3), 10), ['j1', 'j3']);
      assert.deepEqual(await keys(day(6), 1), ['j1']);
    });

    void it('patches a job (retry with backoff) and throws NotFoundError for an unknown job', async () => {
      // given a job that failed once
      await store().transact([{ kind: 'job.insert', record: aJob() }]);
      const patch = { retries: 2, runAfter: day(4), error: 'smtp down' };
      await store().transact([{ kind: 'job.update', jobKey: 'job-1', patch }]);
      // then it is deferred, and a missing job cannot be patched
      assert.deepEqual(await store().engine.job('job-1'), aJob(patch));
      assert.deepEqual(await store().engine.jobsRunnable(day(3), 10), []);
      await assert.rejects(
        store().transact([{ kind: 'job.update', jobKey: 'missing', patch: { status: 'completed' } }]),
        domainError('NotFoundError', 'not_found'),
      );
    });

    void it('re-keys a job onto another element (a migration)', async () => {
      await store().transact([{ kind: 'job.insert', record: aJob() }]);
      await store().transact([{ kind: 'job.update', jobKey: 'job-1', patch: { elementId: 'moved' } }]);
      assert.deepEqual(await store().engine.job('job-1'), aJob({ elementId: 'moved' }));
    });

    void it("lists an instance's jobs in creation order", async () => {
      await store().transact(
        [
          aJob({ jobKey: 'second', createdAt: day(3) }),
          aJob({ jobKey: 'first', createdAt: day(2) }),
          aJob({ jobKey: 'elsewhere', instanceKey: 'inst-2' }),
        ].map((record) => ({ kind: 'job.insert' as const, record })),
      );
      assert.deepEqual(
        (await store().engine.jobsFor('inst-1')).map((j) => j.jobKey),
        ['first', 'second'],
      );
    });
  });
}
