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
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection, WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { ManualClock } from '../../common/clock.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EmbeddedEngine } from '../embedded/embedded-engine.js';
import { RecordingProjector } from '../embedded/fixtures/recording-projector.js';
import type { EngineEvent } from '../engine.js';
import { writeWorkflowBundle } from './case-worker.js';
import { caseWorkflowType, wakeSignalName } from './case-workflow-names.js';
import type { CaseDue } from './case-activities.js';
import { caseHistory, type CaseHistory } from './fixtures/case-history.js';
import { TemporalEngine } from './temporal-engine.js';

const address = process.env.TEMPORAL_ADDRESS;
const frontends = (process.env.TEMPORAL_FRONTENDS ?? '').split(',').filter(Boolean);
/** The frontend replica `n` dials: the cluster's nodes in turn, or the one address. */
const frontendOf = (n: number) => frontends[n % frontends.length] ?? (address as string);
const xml = readFileSync(new URL('./fixtures/wait-then-review.bpmn', import.meta.url), 'utf8');
const reviewThenWait = readFileSync(new URL('./fixtures/review-then-wait.bpmn', import.meta.url), 'utf8');
/** The same wait of an hour: a start delay no test sits out. */
const hourThenReview = xml
  .replace('process id="wait-then-review"', 'process id="hour-then-review"')
  .replace('PT2S', 'PT1H');
const hourMs = 3_600_000;

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
      { name: 'hour-then-review', xml: hourThenReview },
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

  /** The case's workflow once its start (the wake after the API call, sent after the answer) made it. */
  async function startedWorkflow(
    client: Client,
    store: SqliteStore,
    businessKey: string,
  ): Promise<WorkflowHandle> {
    const workflow = client.workflow.getHandle(`${taskQueue}/${await instanceKey(store, businessKey)}`);
    for (;;) {
      const found = await workflow.describe().then(
        () => true,
        (error: unknown) => {
          if (error instanceof WorkflowNotFoundError) return false;
          throw error;
        },
      );
      if (found) return workflow;
      await sleep(50);
    }
  }

  /** The workflow's history once `ready` holds of it (the test's bound limits the wait). */
  async function historyWhen(
    workflow: WorkflowHandle,
    ready: (h: CaseHistory) => boolean,
  ): Promise<CaseHistory> {
    for (;;) {
      const history = await caseHistory(workflow);
      if (ready(history)) return history;
      await sleep(100);
    }
  }

  /** Runs `test` on replica A (the prebundled workflow) with a client of the server; closes both. */
  async function onReplica(
    test: (a: Awaited<ReturnType<typeof replica>>, client: Client) => Promise<void>,
  ): Promise<void> {
    const client = new Client({ connection: await Connection.connect({ address: frontendOf(0) }) });
    const a = await replica(0, bundle);
    try {
      await test(a, client);
    } finally {
      await a.engine.close();
      await a.store.close();
      await client.connection.close();
    }
  }

  /** A case started on an hour's timer (its workflow's start delay), and its workflow once started. */
  async function startHourCase(
    a: Awaited<ReturnType<typeof replica>>,
    client: Client,
    businessKey: string,
  ): Promise<WorkflowHandle> {
    await a.engine.start({ processId: 'hour-then-review', businessKey, variables: {} });
    return startedWorkflow(client, a.store, businessKey);
  }

  it(
    'starts the workflow with the first due instant as its start delay; when it runs out, it steps at once, once',
    bound,
    () =>
      onReplica(async (a, client) => {
        // Given a case waiting on a 2-second timer, whose wake started its workflow
        await a.engine.start({ processId: 'wait-then-review', businessKey: 'case-t3', variables: {} });
        const workflow = await startedWorkflow(client, a.store, 'case-t3');
        // When the platform's time passes the due instant
        clock.advance(2_000);
        // Then the review task comes (the workflow stepped the case)
        await a.firstTask;
        const history = await historyWhen(workflow, (h) => h.steps > 0);
        // and the workflow was started with the due as its delay: no workflow task before it ran out
        assert.ok(history.startDelayMs !== null && history.startDelayMs > 0 && history.startDelayMs <= 2_000);
        assert.ok(
          history.firstTaskAt !== null && history.firstTaskAt >= history.startedAt + history.startDelayMs,
        );
        // and its first activation stepped at once, once — no timer armed to sleep the due out again
        assert.deepEqual({ steps: history.steps, timersMs: history.timersMs }, { steps: 1, timersMs: [] });
      }),
  );

  it('steps a case by runDue while its workflow waits out its start delay', bound, () =>
    onReplica(async (a, client) => {
      // Given a case waiting on an hour's timer, whose workflow was started with that hour as its delay
      const workflow = await startHourCase(a, client, 'case-t4');
      const delayed = await caseHistory(workflow);
      assert.ok(delayed.startDelayMs !== null && delayed.startDelayMs > hourMs - 60_000);
      assert.equal(delayed.firstTaskAt, null);
      // When the manual clock passes the hour and the platform runs what is due
      clock.advance(hourMs);
      const processed = await a.engine.runDue();
      // Then the update cut the delay short and stepped the case: one instance, its review task created
      assert.equal(processed, 1);
      await a.firstTask;
      const history = await caseHistory(workflow);
      assert.ok(history.firstTaskAt !== null && history.firstTaskAt < history.startedAt + hourMs);
      assert.deepEqual({ steps: history.steps, updates: history.updates }, { steps: 1, updates: 1 });
    }),
  );

  it(
    'takes a wake during the start delay as a report: it arms the timer for the due, with no step',
    bound,
    () =>
      onReplica(async (a, client) => {
        // Given a case waiting on an hour's timer, whose workflow waits out that hour as its start delay
        const workflow = await startHourCase(a, client, 'case-t5');
        const rootKey = await instanceKey(a.store, 'case-t5');
        // When another API call's wake reports the same due instant, as the engine sends it
        // (a signal-with-start, which dispatches the delayed workflow at once)
        const report: CaseDue = { active: true, sleepMs: hourMs };
        await client.workflow.signalWithStart(caseWorkflowType, {
          workflowId: workflow.workflowId,
          taskQueue,
          args: [rootKey, report],
          signal: wakeSignalName,
          signalArgs: [report],
        });
        // Then the workflow ran before its delay was out, and only armed its timer: no step; the
        // timer counts from the start (the due the start reported), not an hour from this activation
        const history = await historyWhen(workflow, (h) => h.timersMs.length > 0);
        assert.ok(history.firstTaskAt !== null && history.firstTaskAt < history.startedAt + hourMs);
        assert.equal(history.steps, 0);
        assert.equal(history.timersMs.length, 1);
        assert.ok((history.timersMs[0] as number) < hourMs, `timer ${history.timersMs[0]} ms`);
      }),
  );
});

async function instanceKey(store: SqliteStore, businessKey = 'case-t1'): Promise<string> {
  const record = await store.engine.instanceByBusinessKey(businessKey);
  assert.ok(record);
  return record.instanceKey;
}
