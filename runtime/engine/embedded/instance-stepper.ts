import type { Clock } from '../../common/clock.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import type { Mutation } from '../../store/mutations.js';
import type { EngineInstanceRecord, TimerRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type { DueLeases } from './due-leases.js';
import type { ChildTerminator } from './instance-terminator.js';
import type { ChildStart, JobDriver } from './job-driver.js';
import type { KeyedMutex } from './keyed-mutex.js';
import { LiveInstance, type InstanceContext } from './live-instance.js';
import type { ProcessRegistry } from './process-registry.js';
import type { StepCommit } from './step-commit.js';
import type { WarmInstances } from './warm-instances.js';

export interface InstanceStepperDeps {
  store: Store;
  clock: Clock;
  registry: ProcessRegistry;
  elements: Record<string, unknown>;
  mutex: KeyedMutex;
  leases: DueLeases;
  warm: WarmInstances;
  children: ChildTerminator;
  steps: StepCommit;
  driver: JobDriver;
}

export interface StepOptions {
  /** Changes the stored record before the step (moved SLA timers); the instance is then recovered afresh. */
  prepare?: (record: EngineInstanceRecord) => void;
  /** `skip` (a polling round): another replica working the instance answers `busy` at once. */
  lease?: 'skip' | 'wait';
  /** Commit nothing when the step wrote nothing (a parent woken for a call its own step completed). */
  onlyIfWritten?: boolean;
}

/**
 * One step of one instance (推进一步): under its lock (this process's mutex and the replicas'
 * lease), the stored record made live (its warm copy if still current, else recovered), the input
 * applied, committed, the jobs that follow driven, and the instance kept warm for its next step.
 * Parents whose called children ended are woken afterwards (`processWakes`).
 */
export class InstanceStepper {
  readonly #wakes = new Set<string>();

  constructor(private readonly deps: InstanceStepperDeps) {}

  /** A parent whose call activity's child ended: `processWakes` completes that call. */
  wake(parentInstanceKey: string): void {
    this.#wakes.add(parentInstanceKey);
  }

  /** Step an active instance: `fn` applies the input and returns the effects to commit with it. */
  async step(
    instanceKey: string,
    fn: (live: LiveInstance) => Promise<Mutation[]>,
    options: StepOptions = {},
  ): Promise<void> {
    const { store, warm, children } = this.deps;
    await this.exclusive(instanceKey, options.lease ?? 'wait', async () => {
      const record = await store.engine.instance(instanceKey);
      if (!record) throw new NotFoundError(`instance '${instanceKey}' not found`);
      if (record.status !== 'active') {
        warm.forget(instanceKey);
        throw new ConflictError(`instance '${instanceKey}' is ${record.status}`, [], 'instance_not_active');
      }
      if (await children.orphaned(record)) {
        await children.terminateLocked(record);
        throw new ConflictError(
          `instance '${instanceKey}' was terminated with its parent`,
          [],
          'instance_not_active',
        );
      }
      options.prepare?.(record);
      // a prepared record (moved SLA timers) is always recovered: a warm copy predates the change
      const live = await this.#live(record, options.prepare !== undefined);
      const effects = await fn(live);
      if (live.broken) return; // its failure is committed; the instance keeps its last state
      // (a job run by `fn` may have committed already: the live record carries the revision)
      await this.deps.steps.commit(live, effects, live.record.rev, { onlyIfWritten: options.onlyIfWritten });
      await this.deps.driver.drive(live);
      warm.keep(live);
    });
  }

  /** Start (once: the key is deterministic) an instance; `effects` commit with its first step. True when this call started it. */
  start(s: ChildStart): Promise<boolean> {
    const { store, registry, warm } = this.deps;
    return this.exclusive(s.instanceKey, 'wait', async () => {
      if (await store.engine.instance(s.instanceKey)) return false;
      const processKey = await registry.latestKey(s.processId);
      const record: EngineInstanceRecord = {
        instanceKey: s.instanceKey,
        processKey,
        businessKey: s.businessKey,
        status: 'active',
        state: null,
        variables: { ...s.variables },
        rev: 0,
        updatedAt: this.deps.clock.now().toISOString(),
      };
      const live = await LiveInstance.start(await this.context(processKey, []), record, s.parent);
      await this.deps.steps.commit(live, s.effects, null);
      await this.deps.driver.drive(live);
      warm.keep(live);
      return true;
    });
  }

  /** One step at a time per instance: in this process (mutex) and across replicas (lease). */
  exclusive<T>(instanceKey: string, lease: 'skip' | 'wait', step: () => Promise<T>): Promise<T> {
    return this.deps.mutex.run(instanceKey, () => this.deps.leases.whileHeld(instanceKey, lease, step));
  }

  /** What an instance of the process version needs to run: its model and the timers it had armed. */
  async context(processKey: string, instanceKey: string | TimerRecord[]): Promise<InstanceContext> {
    const { store, clock, registry, elements } = this.deps;
    const model = await registry.model(processKey);
    const existingTimers = Array.isArray(instanceKey)
      ? instanceKey
      : await store.engine.timersFor(instanceKey);
    return { clock, model, elements, existingTimers };
  }

  /**
   * Parents whose call activities' children ended: complete those call activities now. Another step
   * (a case workflow's, a polling round's) may have stepped the parent first — even ended it — since
   * its status was read: decided again under its lock, an ended or busy parent is left as it is (the
   * child's commit made the call job runnable, so whoever holds the parent completes it).
   */
  async processWakes(): Promise<void> {
    while (this.#wakes.size) {
      const [key] = this.#wakes as Set<string> & [string];
      this.#wakes.delete(key);
      const record = await this.deps.store.engine.instance(key);
      if (record?.status === 'active')
        await unlessEnded(this.step(key, async () => [], { onlyIfWritten: true }));
    }
  }

  /**
   * The instance as stored: kept live since its last step when that is still the stored state and
   * no timer of it is due (a due timer fires only when bpmn-engine recovers it), else recovered.
   */
  async #live(record: EngineInstanceRecord, recover: boolean): Promise<LiveInstance> {
    const warm = this.deps.warm.take(record);
    if (warm && !recover && !warm.timerDue(this.deps.clock.now().toISOString())) return warm;
    return LiveInstance.load(await this.context(record.processKey, record.instanceKey), record);
  }
}

/**
 * A timer or job read in a batch whose instance an earlier item of the batch completed (or
 * terminated), or another replica is working, is stale: skip it (false) instead of failing the batch.
 */
export async function unlessEnded(step: Promise<unknown>): Promise<boolean> {
  try {
    await step;
    return true;
  } catch (error) {
    if (error instanceof ConflictError && ['instance_not_active', 'instance_busy'].includes(error.code))
      return false;
    throw error;
  }
}
