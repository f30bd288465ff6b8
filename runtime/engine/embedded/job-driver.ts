import { ConflictError } from '../../common/errors.js';
import { stableId } from '../../common/ids.js';
import type { Mutation } from '../../store/mutations.js';
import type { JobRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type { JobWorker } from '../job-worker.js';
import { namespacedId } from '../process-namespace.js';
import type { Variables } from '../engine.js';
import { callActivityJobType, parkedUntil, type InstanceMeta } from './instance-meta.js';
import { committedInstance, noteCommitted } from './due-reports.js';
import type { FailureWrites } from './job-failure.js';
import type { LiveInstance } from './live-instance.js';
import type { StepCommit } from './step-commit.js';
import { runWorker, thrownVerdict, type JobVerdict } from './worker-invocation.js';

/** A child instance to start (once: its key is deterministic); `effects` commit with its first step. */
export interface ChildStart {
  instanceKey: string;
  processId: string;
  businessKey: string;
  variables: Variables;
  effects: Mutation[];
  parent?: InstanceMeta['parent'];
}

export interface JobDriverDeps {
  store: Store;
  workers: ReadonlyMap<string, JobWorker>;
  steps: StepCommit;
  failure: FailureWrites;
  now: () => string;
  /** Upper bound of consecutive steps one instance may take in one drive (guards endless loops). */
  maxSteps: number;
  /** The namespace of a deployed process version (its bundle's). */
  namespaceOf: (processKey: string) => Promise<string>;
  /** Starts a call's child instance; true when this call started it. */
  startChild: (child: ChildStart) => Promise<boolean>;
}

/**
 * Runs a live instance's runnable jobs after its step, each job and what follows it in the model its
 * own commit: a worker's job in this process, or a call activity's (start its child, complete the call
 * once the child has ended).
 */
export class JobDriver {
  constructor(private readonly deps: JobDriverDeps) {}

  /** A job this process runs: a call activity's, or one with a registered worker. */
  runnable(job: Pick<JobRecord, 'type'>): boolean {
    return job.type === callActivityJobType || this.deps.workers.has(job.type);
  }

  /** Run the instance's pending jobs while it is live, committing after each. */
  async drive(live: LiveInstance): Promise<void> {
    for (let step = 0; step < this.deps.maxSteps && !live.completed && !live.broken; step++) {
      const jobs = await this.deps.store.engine.jobsFor(live.record.instanceKey);
      const now = this.deps.now();
      const job = jobs.find((j) => j.status === 'pending' && j.runAfter <= now && this.runnable(j));
      if (!job) return;
      try {
        await this.runJob(live, job);
      } catch (error) {
        if (!takenOver(error)) throw error;
        // The step outlived its lease and another replica moved the instance on (接管): this job's
        // commit wrote nothing; what was committed before it (the command the caller asked for)
        // stands, and the replica holding the instance now drives the rest.
        live.markBroken();
        return;
      }
    }
  }

  /**
   * Run a job and what follows it in the model, committed at once. An admin expression past its
   * budget anywhere in that step (a FEEL condition or mapping, also while the commit reconciles the
   * step) fails the job for good: an incident with the budget message; the instance keeps its last
   * committed state.
   */
  async runJob(live: LiveInstance, job: JobRecord): Promise<void> {
    try {
      if (job.type === callActivityJobType) return await this.#runCall(live, job);
      const worker = this.deps.workers.get(job.type) as JobWorker;
      await this.#commit(live, job, await runWorker(live, job, worker));
    } catch (error) {
      await this.#commit(live, job, thrownVerdict(error));
    }
  }

  /** A job's verdict committed: the step that follows it, its retry, or its incident alone. */
  async #commit(live: LiveInstance, job: JobRecord, verdict: JobVerdict): Promise<void> {
    const { steps, failure } = this.deps;
    switch (verdict.kind) {
      case 'stale':
        return;
      case 'advanced':
        return steps.commit(live, verdict.effects, live.record.rev);
      case 'failed':
        return steps.commit(
          live,
          await failure(job, verdict.failure, verdict.configuredRetries),
          live.record.rev,
        );
      case 'broken':
        // the incident alone: the instance keeps its last committed state
        await this.#commitIncident(live, await failure(job, verdict.failure, 0));
    }
  }

  /** A job's incident committed alone: the instance keeps its last committed state (broken). */
  async #commitIncident(live: LiveInstance, writes: Mutation[]): Promise<void> {
    await this.deps.store.transact(writes);
    noteCommitted(committedInstance(live), writes);
    live.markBroken();
  }

  /** A call activity's job: start its child instance, or complete it once the child has ended. */
  async #runCall(live: LiveInstance, job: JobRecord): Promise<void> {
    const { store, steps } = this.deps;
    const childKey = stableId('inst', job.jobKey);
    const { rootKey } = committedInstance(live);
    const parent = {
      instanceKey: live.record.instanceKey,
      jobKey: job.jobKey,
      ...(rootKey ? { rootKey } : {}),
    };
    // Resolved within the caller's bundle: its namespace, never another bundle's process of that id.
    const namespace = await this.deps.namespaceOf(live.record.processKey);
    const processId = namespacedId(namespace, job.headers.processId ?? '');
    const park: Mutation = { kind: 'job.update', jobKey: job.jobKey, patch: { runAfter: parkedUntil } };
    // The child's first commit parks the call job (one commit, not two); a child that ends in that
    // commit wakes the job in the same transaction, after the park.
    const started = await this.deps.startChild({
      instanceKey: childKey,
      processId,
      businessKey: job.businessKey,
      variables: job.variables,
      effects: [park],
      parent,
    });
    let child = await store.engine.instance(childKey);
    if (child?.status !== 'completed') {
      if (!started) await steps.commit(live, [park], live.record.rev);
      child = await store.engine.instance(childKey);
      if (child?.status !== 'completed') return;
    }
    if (!(await live.completeJob(job.jobKey, child.variables))) return;
    await steps.commit(live, [], live.record.rev);
  }
}

/** A follow-up step's commit refused because another replica committed the instance first. */
function takenOver(error: unknown): boolean {
  return error instanceof ConflictError && error.code === 'stale_revision';
}
