/**
 * The Temporal adapter on a real Temporal server (TEMPORAL_ADDRESS; scripts/ci/temporal-parity.sh
 * starts one): the case workflow's own durable timer steps the case, on whichever replica's worker
 * polls the task queue — here a second one, opened after the first was closed, and nobody calls
 * `runDue`. The second starts from the prebundled workflow (`writeWorkflowBundle`, what
 * scripts/temporal/bundle-workflow.ts and the Docker image build run; TEMPORAL_WORKFLOW_BUNDLE), so
 * a worker started without webpack is proved to run the case workflow. With TEMPORAL_FRONTENDS (a multi-node cluster) each replica dials another node's frontend.
 * Without TEMPORAL_ADDRESS the suite is skipped, saying so.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { ManualClock } from '../../common/clock.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EmbeddedEngine } from '../embedded/embedded-engine.js';
import { RecordingProjector } from '../embedded/fixtures/recording-projector.js';
import type { EngineEvent } from '../engine.js';
import { writeWorkflowBundle } from './case-worker.js';
import { TemporalEngine } from './temporal-engine.js';

const address = process.env.TEMPORAL_ADDRESS;
const frontends = (process.env.TEMPORAL_FRONTENDS ?? '').split(',').filter(Boolean);
/** The frontend replica `n` dials: the cluster's nodes in turn, or the one address. */
const frontendOf = (n: number) => frontends[n % frontends.length] ?? (address as string);
const xml = readFileSync(new URL('./fixtures/wait-then-review.bpmn', import.meta.url), 'utf8');
const reviewThenWait = readFileSync(new URL('./fixtures/review-then-wait.bpmn', import.meta.url), 'utf8');

describe('TemporalEngine', { skip: address ? false : 'TEMPORAL_ADDRESS not set' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'temporal-engine-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const clock = new ManualClock('2026-03-02T01:00:00.000Z');
  // the case workflow bundled (webpack, seconds of CPU) before the bound below: in this process for
  // replica A, and written to a file (what scripts/temporal/bundle-workflow.ts does) for replica B
  const bundle = join(dir, 'case-workflow.bundle.js');
  const taskQueue = `engine-test-${basename(dir)}`;
  before(() => writeWorkflowBundle(bundle));

  /** One app replica: its store connection, interpreter and Temporal worker on the shared queue. */
  async function replica(n: number, workflowBundlePath?: string) {
    const store = SqliteStore.open({ file: join(dir, 'platform.db') });
    const projector = new RecordingProjector();
    const project = projector.project.bind(projector);
    const waiting = new Map<string, (event: EngineEvent) => void>();
    /** Resolves when a user task of `elementId` is projected (its step about to commit). */
    const created = (elementId: string) =>
      new Promise<EngineEvent>((resolve) => waiting.set(elementId, resolve));
    const firstTask = created('review');
    projector.project = (event) => {
      if (event.type === 'userTask.created') waiting.get(event.task.elementId)?.(event);
      return project(event);
    };
    const stepper = new EmbeddedEngine({ store, clock, projector });
    const engine = await TemporalEngine.connect({
      stepper,
      store,
      clock,
      address: frontendOf(n),
      namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
      taskQueue,
      workflowBundlePath,
    });
    await engine.deploy([
      { name: 'wait-then-review', xml },
      { name: 'review-then-wait', xml: reviewThenWait },
    ]);
    return { store, engine, projector, firstTask, created };
  }

  // a bound, not a timed assertion: without the workflow's timer the task would never come (generous:
  // on a starved 2-core machine one workflow task alone took 7 s)
  const bound = { timeout: 120_000 };
  it(
    "fires a BPMN timer from the case workflow's durable timer on another replica's worker",
    bound,
    async () => {
      // Given a case waiting on a 2-second timer, started on replica A, which then goes away
      const a = await replica(0);
      await a.engine.start({ processId: 'wait-then-review', businessKey: 'case-t1', variables: {} });
      assert.equal((await a.store.engine.timersFor(await instanceKey(a.store))).length, 1);
      await a.engine.close();
      await a.store.close();
      // When the platform's time passes the due instant and replica B's worker, started from the
      // prebundled workflow, polls the queue
      clock.advance(2_000);
      const b = await replica(1, bundle);
      // Then the workflow's timer (about 2 s after the start, real time) steps the case on B: the
      // review task is created there, without anyone calling runDue
      const created = await b.firstTask;
      assert.equal(created.type === 'userTask.created' && created.task.elementId, 'review');
      await b.engine.close(); // the worker finishes its step (the projection precedes the commit)
      try {
        // and the step is committed: the timer fired once, the task is open, A saw nothing of it
        assert.deepEqual(await b.store.engine.timersFor(await instanceKey(b.store)), []);
        assert.equal(b.projector.events.filter((e) => e.type === 'userTask.created').length, 1);
        assert.deepEqual(a.projector.events, []);
      } finally {
        await b.store.close();
      }
    },
  );

  it(
    'starts no workflow while a case waits on a person; the first due instant starts it',
    bound,
    async () => {
      const client = new Client({ connection: await Connection.connect({ address: frontendOf(0) }) });
      try {
        // Given a case started on replica A at its review task (nothing armed); A closes, its wakes sent
        const a = await replica(0, bundle);
        await a.engine.start({ processId: 'review-then-wait', businessKey: 'case-t2', variables: {} });
        const review = (await a.firstTask) as Extract<EngineEvent, { type: 'userTask.created' }>;
        await a.engine.close();
        await a.store.close();
        const b = await replica(1, bundle);
        try {
          // Then no workflow exists for it
          const key = await instanceKey(b.store, 'case-t2');
          const workflow = client.workflow.getHandle(`${taskQueue}/${key}`);
          await assert.rejects(workflow.describe(), WorkflowNotFoundError);
          // When the review is completed on replica B, arming a 2-second timer, and the platform's time passes it
          const answer = b.created('answer');
          await b.engine.completeUserTask(review.task.taskId, {});
          clock.advance(2_000);
          // Then the completion's wake started the workflow, whose timer steps the case to its answer task
          await answer;
          assert.equal((await workflow.describe()).status.name, 'RUNNING');
        } finally {
          await b.engine.close();
          await b.store.close();
        }
      } finally {
        await client.connection.close();
      }
    },
  );
});

async function instanceKey(store: SqliteStore, businessKey = 'case-t1'): Promise<string> {
  const record = await store.engine.instanceByBusinessKey(businessKey);
  assert.ok(record);
  return record.instanceKey;
}
