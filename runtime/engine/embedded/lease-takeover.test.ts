/**
 * A step that outlives its instance lease: replica A starts a case and, still in the same call, runs
 * the first job; the job is slow, A's lease expires, replica B takes the instance over and runs the
 * job itself. A's job commit is then refused (`stale_revision`) — but the case A started was
 * committed and acknowledged before the job, so A's start must succeed, not answer 409 to the
 * enterprise for a case that exists (seen in the replicas suite under load). The interleaving is
 * forced by signals and the manual clock, not by timing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { ManualClock } from '../../common/clock.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { complete } from '../job-worker.js';
import { EmbeddedEngine } from './embedded-engine.js';
import { RecordingProjector } from './fixtures/recording-projector.js';

const fixture = (name: string) => ({
  name,
  xml: readFileSync(new URL(`./fixtures/${name}.bpmn`, import.meta.url), 'utf8'),
});

const dir = mkdtempSync(join(tmpdir(), 'lease-takeover-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('a start whose first job another replica took over after the lease expired still succeeds', async () => {
  const store = SqliteStore.open({ file: join(dir, 'db.sqlite') });
  const clock = new ManualClock('2026-01-05T01:00:00.000Z');
  const replica = () =>
    new EmbeddedEngine({ store, clock, projector: new RecordingProjector(), dueLeaseMs: 1000 });
  const a = replica();
  const b = replica();
  let entered = () => {};
  const slowEntered = new Promise<void>((resolve) => (entered = resolve));
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const runs: string[] = [];
  a.registerWorker({
    type: 'test.score',
    inputSchema: {},
    handler: async () => {
      runs.push('a');
      entered();
      await released;
      return complete({ score: 'a' });
    },
  });
  b.registerWorker({
    type: 'test.score',
    inputSchema: {},
    handler: () => {
      runs.push('b');
      return Promise.resolve(complete({ score: 'b' }));
    },
  });
  try {
    await a.deploy([fixture('call-child-auto')]);
    // Given replica A starting an instance, slow in its first job
    const started = a.start({ processId: 'call-child-auto', businessKey: 'case-1', variables: {} });
    await slowEntered;
    // When A's lease expires and replica B's due round takes the instance and runs the job
    clock.advance(5000);
    assert.equal(await b.runDue(), 1);
    release();
    // Then A's start succeeds: its instance exists, stepped once by B, A's late job result refused
    const { instanceKey } = await started;
    const instance = await store.engine.instance(instanceKey);
    assert.equal(instance?.status, 'completed');
    assert.equal(instance?.variables['score'], 'b');
    assert.deepEqual(runs, ['a', 'b']);
  } finally {
    await a.close();
    await b.close();
    await store.close();
  }
});
