/**
 * Two steppers of one engine at once — a Temporal case workflow's step (`runInstanceDue`) and an API
 * step (a task completion) — when a child's completion wakes its parent: the API step read the parent
 * as active, but the other step, which held the parent, completed it first. The API step must then
 * find nothing left to do, never fail the task completion with "instance … is completed" (jiaxing's
 * revisit scenario on Temporal under load). The interleaving is forced, not timed: the other step
 * holds the parent inside a job worker until the API step has read the parent.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { ManualClock } from '../../common/clock.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { complete } from '../job-worker.js';
import { EmbeddedEngine } from './embedded-engine.js';
import { RecordingProjector } from './fixtures/recording-projector.js';

const fixture = (name: string) => ({
  name,
  xml: readFileSync(new URL(`./fixtures/${name}.bpmn`, import.meta.url), 'utf8'),
});

/** A promise and its resolver. */
function signal(): { fired: Promise<void>; fire: () => void } {
  let fire = () => {};
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fired, fire };
}

/** The real store, telling when an engine instance record is read (the engine's own reads pass). */
function observedReads(inner: Store, onRead: (instanceKey: string) => void): Store {
  const engine = new Proxy(inner.engine, {
    get: (target, prop) => {
      const value = Reflect.get(target, prop) as unknown;
      if (typeof value !== 'function') return value;
      const method = (value as (...a: unknown[]) => unknown).bind(target);
      if (prop !== 'instance') return method;
      return (instanceKey: string) => {
        onRead(instanceKey);
        return method(instanceKey);
      };
    },
  });
  return new Proxy(inner, {
    get: (target, prop) => {
      if (prop === 'engine') return engine;
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const dir = mkdtempSync(join(tmpdir(), 'wake-race-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('a task completion whose parent another step completed meanwhile succeeds', async () => {
  const sqlite = SqliteStore.open({ file: join(dir, 'db.sqlite') });
  let watched: string | null = null;
  const parentRead = signal();
  const store = observedReads(sqlite, (key) => key === watched && parentRead.fire());
  const clock = new ManualClock('2026-01-05T01:00:00.000Z');
  const projector = new RecordingProjector();
  const engine = new EmbeddedEngine({ store, clock, projector });
  const slowEntered = signal();
  const slowReleased = signal();
  engine.registerWorker({
    type: 'test.slow',
    inputSchema: {},
    handler: async () => {
      slowEntered.fire();
      await slowReleased.fired;
      return complete();
    },
  });
  try {
    // Given a parent waiting on a called child's task, with a timer on a parallel branch now due
    await engine.deploy(['wake-race-parent', 'call-child'].map(fixture));
    const { instanceKey } = await engine.start({
      processId: 'wake-race-parent',
      businessKey: 'case-1',
      variables: {},
    });
    const [childTask] = projector.tasks('c-work');
    assert.ok(childTask);
    clock.advance(60_000);
    // and the case's due work stepping the parent (the timer, then a job it holds the parent in)
    const dueStep = engine.runInstanceDue(instanceKey);
    await slowEntered.fired;
    // When the child's task is completed and that step, waking the parent, has read it as active
    watched = instanceKey;
    const completion = engine.completeUserTask(childTask.taskId, {});
    await parentRead.fired;
    // and only then the due step goes on: it finds the child ended and completes the parent
    slowReleased.fire();
    const due = await dueStep;
    // Then the task completion succeeds (the parent ended meanwhile: nothing left for it to do)
    await completion;
    assert.equal((await sqlite.engine.instance(instanceKey))?.status, 'completed');
    assert.equal((await sqlite.engine.instance(childTask.instanceKey))?.status, 'completed');
    assert.equal(due.active, false);
  } finally {
    await engine.close();
    await sqlite.close();
  }
});
