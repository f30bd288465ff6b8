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
import { budgetExceeded, uncaught, type FailureWrites } from './job-failure.js';
import type { LiveInstance } from './live-instance.js';
import type { StepCommit } from './step-commit.js';
import { invokeWorker, throwCaught } from './worker-invocation.js';

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
   * Run a job and what follows it in the model. An admin expression past its budget anywhere in
   * that step (a worker's rule, a FEEL condition or mapping) fails the job for good: an incident
   * with the budget message; the instance keeps its last committed state.
   */
  async runJob(live: LiveInstance, job: JobRecord): Promise<void> {
    try {
      await this.#runJobStep(live, job);
    } catch (error) {
      const exceeded = budgetExceeded(error);
      if (!exceeded) throw error;
      const failure = { outcome: 'fail' as const, retryable: false, message: exceeded.message };
      await this.#commitIncident(live, await this.deps.failure(job, failure, 0));
    }
  }

  async #runJobStep(live: LiveInstance, job: JobRecord): Promise<void> {
    if (job.type === callActivityJobType) return this.#runCall(live, job);
    const { steps } = this.deps;
    const worker = this.deps.workers.get(job.type) as JobWorker;
    const outcome = await invokeWorker(worker, job, { ...live.variables, ...job.variables });
    if (outcome.outcome === 'complete') {
      if (!(await live.completeJob(job.jobKey, outcome.variables ?? {}))) return;
      await steps.commit(live, outcome.effects ?? [], live.record.rev);
      return;
    }
    if (outcome.outcome === 'bpmnError') {
      if (await throwCaught(live, job, outcome)) return steps.commit(live, [], live.record.rev);
      // Nothing catches it: like Zeebe, an incident; the instance keeps its last committed state.
      await this.#commitIncident(live, await this.deps.failure(job, uncaught(outcome), 0));
      return;
    }
    const configured = live.configuredRetries(job.elementId);
    await steps.commit(live, await this.deps.failure(job, outcome, configured), live.record.rev);
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
