import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../common/clock.js';
import type { EngineEvent } from '../engine.js';
import { complete, fail } from '../job-worker.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EmbeddedEngine } from './embedded-engine.js';
import { RecordingProjector } from './fixtures/recording-projector.js';

const xml = readFileSync(new URL('./fixtures/mechanics.bpmn', import.meta.url), 'utf8');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** An engine on its own connection to `file` (like another process on the same WAL file). */
function engineOn(file: string, clock: ManualClock, score: () => ReturnType<typeof complete>) {
  const store = SqliteStore.open({ file });
  const projector = new RecordingProjector();
  const engine = new EmbeddedEngine({ store, clock, projector, retryBackoffMs: 60_000 });
  engine.registerWorker({ type: 'test.score', inputSchema: {}, handler: async () => score() });
  const tasks = () =>
    projector.events.filter(
      (e): e is Extract<EngineEvent, { type: 'userTask.created' }> => e.type === 'userTask.created',
    );
  return { store, engine, tasks };
}

function freshFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'warm-'));
  dirs.push(dir);
  return join(dir, 'platform.db');
}

const variables = { amount: 3, team: 'alpha', ref: 'r1', dueAt: '2026-01-09T16:00:00+08:00' };

describe('EmbeddedEngine keeps recently stepped instances warm, the store still the truth', () => {
  it('recovers a kept instance that another engine stepped since, instead of using its stale copy', async () => {
    // Given engine A started an instance whose first job failed (kept warm in A, waiting on the job)
    const file = freshFile();
    const clock = new ManualClock('2026-01-05T01:00:00.000Z');
    const a = engineOn(file, clock, () => fail('scoring service down', true));
    await a.engine.deploy([{ name: 'mechanics', xml }]);
    const { instanceKey } = await a.engine.start({ processId: 'mechanics', businessKey: 'c1', variables });
    // and engine B, on the same file, ran that job after its backoff: the instance now waits at approve
    const b = engineOn(file, clock, () => complete({ result: 20 }));
    clock.set('2026-01-05T01:01:00.000Z');
    await b.engine.runDue();
    const [task] = b.tasks();
    assert.equal(task?.task.elementId, 'approve');
    // When engine A completes that task
    await a.engine.completeUserTask(task.task.taskId, { approved: true });
    // Then A stepped the stored state (its kept copy still waited at the job) and the instance ended
    assert.equal((await a.store.engine.instance(instanceKey))?.status, 'completed');
    await Promise.all([a.engine.close(), b.engine.close()]);
    await Promise.all([a.store.close(), b.store.close()]);
  });

  it('recovers a kept instance whose timer fell due, so the timer fires first as it always did', async () => {
    // Given an instance waiting at approve (kept warm), whose 40-day boundary timer is now due
    const clock = new ManualClock('2026-01-05T01:00:00.000Z');
    const a = engineOn(freshFile(), clock, () => complete({ result: 20 }));
    await a.engine.deploy([{ name: 'mechanics', xml }]);
    const { instanceKey } = await a.engine.start({ processId: 'mechanics', businessKey: 'c2', variables });
    const [task] = a.tasks();
    clock.set('2026-02-15T01:00:00.000Z');
    // When the task is completed before any polling round ran the timer
    await assert.rejects(a.engine.completeUserTask(task?.task.taskId ?? '', {}), {
      code: 'task_not_open',
    });
    // Then recovery fired the timer first, so the completion is refused (as without the warm copy),
    // and the next polling round ends the instance through the boundary event
    await a.engine.runDue();
    assert.equal((await a.store.engine.instance(instanceKey))?.status, 'completed');
    assert.equal(a.tasks().length, 1);
    await a.engine.close();
    await a.store.close();
  });
});
