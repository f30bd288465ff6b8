import { stableId } from '../../common/ids.js';
import type { Mutation } from '../../store/mutations.js';
import type { JobRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type { EngineProjector } from '../engine.js';
import type { JobWorker } from '../job-worker.js';
import { inTurnJob, type StagedStep } from './in-turn-jobs.js';
import { committedInstance, noteCommitted } from './due-reports.js';
import type { ChildTerminator } from './instance-terminator.js';
import type { FailureWrites } from './job-failure.js';
import type { LiveInstance } from './live-instance.js';
import { runWorker, thrownVerdict, type JobVerdict } from './worker-invocation.js';

export interface StepCommitOptions {
  /** False: a job the step created runs in a later step, not in this commit (a migration's rewrite). */
  inTurn?: boolean;
  /** Commit nothing when the step wrote nothing (a parent woken for a call its own step completed). */
  onlyIfWritten?: boolean;
}

export interface StepCommitDeps {
  store: Store;
  projector: EngineProjector;
  workers: ReadonlyMap<string, JobWorker>;
  children: ChildTerminator;
  failure: FailureWrites;
  now: () => string;
  /** A parent whose called child ended in this commit: its call activity completes next. */
  wake: (parentInstanceKey: string) => void;
}

/**
 * A step of a live instance made durable (一次提交): reconciled into mutations (with the messages
 * buffered for subscriptions it opened), the jobs it created that may run in the same turn run
 * first (`inTurnJob`), and everything committed with the caller's effects in one transaction.
 */
export class StepCommit {
  constructor(private readonly deps: StepCommitDeps) {}

  /** Reconcile the live instance into mutations and commit them with `effects`, atomically. */
  async commit(
    live: LiveInstance,
    effects: Mutation[],
    expectedRev: number | null,
    options: StepCommitOptions = {},
  ): Promise<void> {
    const { store, workers, now } = this.deps;
    let step = await this.#stage(live, effects, {
      writes: [],
      snapshot: live.record,
      cancelled: [],
      ran: [],
    });
    const open = (jobKey: string) => Object.values(live.meta.openJobs).some((j) => j.jobKey === jobKey);
    const nextJob = () =>
      options.inTurn === false || live.broken
        ? null
        : inTurnJob(step, workers, now(), open, expectedRev === null);
    for (let next = nextJob(); next; next = nextJob()) {
      // what is committed alone if the job breaks the instance: the step as reconciled before it
      step.snapshot = structuredClone(live.record);
      step = await this.#runInTurn(live, next.job, next.worker, step);
    }
    const record = live.broken ? step.snapshot : { ...live.record };
    const parent = record.status === 'completed' ? live.meta.parent : undefined;
    if (options.onlyIfWritten && step.writes.length === 0 && !parent) return;
    const wake: Mutation[] = parent
      ? [{ kind: 'job.update', jobKey: parent.jobKey, patch: { runAfter: now() } }]
      : [];
    const writes: Mutation[] = [...step.writes, ...wake, { kind: 'instance.save', record, expectedRev }];
    await store.transact(writes);
    live.record.rev = (expectedRev ?? 0) + 1;
    noteCommitted(committedInstance(live), writes);
    if (parent) this.deps.wake(parent.instanceKey);
    for (const jobKey of step.cancelled) await this.deps.children.terminate(stableId('inst', jobKey));
  }

  /** The live instance's writes since the last stage, appended to `step`; it collects afresh. */
  async #stage(live: LiveInstance, effects: Mutation[], step: StagedStep): Promise<StagedStep> {
    await live.reconcile(this.deps.now());
    while (await this.#deliverBufferedMessages(live)) await live.reconcile(this.deps.now());
    const projected: Mutation[] = [];
    for (const event of live.events) projected.push(...(await this.deps.projector.project(event)));
    const writes = [...step.writes, ...effects, ...live.mutations, ...projected];
    const cancelled = [...step.cancelled, ...live.cancelledCalls];
    live.committed();
    return { ...step, writes, cancelled };
  }

  /**
   * A job the step created, run in the same turn: its verdict is staged with the step. A failure
   * becomes the same retry or incident as when it runs on its own; an uncaught BPMN error or an
   * exceeded budget (also while staging the step after it) commits the step as it was before the
   * job (the snapshot) with the incident.
   */
  async #runInTurn(live: LiveInstance, job: JobRecord, worker: JobWorker, step: StagedStep) {
    step.ran.push(job.jobKey);
    const staged = async (verdict: JobVerdict): Promise<StagedStep> => {
      if (verdict.kind === 'stale') return step;
      if (verdict.kind === 'advanced') return this.#stage(live, verdict.effects, step);
      if (verdict.kind === 'broken') live.markBroken();
      const retries = verdict.kind === 'failed' ? verdict.configuredRetries : 0;
      return {
        ...step,
        writes: [...step.writes, ...(await this.deps.failure(job, verdict.failure, retries))],
      };
    };
    try {
      return await staged(await runWorker(live, job, worker));
    } catch (error) {
      return staged(thrownVerdict(error));
    }
  }

  /** A subscription opened in this step takes a message buffered before it (Zeebe semantics). */
  async #deliverBufferedMessages(live: LiveInstance): Promise<boolean> {
    for (const m of live.mutations) {
      if (m.kind !== 'subscription.set' || live.checkedSubscriptions.has(m.record.elementId)) continue;
      live.checkedSubscriptions.add(m.record.elementId);
      const [message] = await this.deps.store.engine.bufferedMessages(
        m.record.messageName,
        m.record.correlationKey,
        this.deps.now(),
      );
      if (!message) continue;
      live.mutations.push({ kind: 'message.delete', id: message.id });
      await live.deliverMessage(m.record.elementId, message.variables);
      return true;
    }
    return false;
  }
}
