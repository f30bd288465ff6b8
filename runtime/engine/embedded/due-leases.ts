import type { Clock } from '../../common/clock.js';
import { ConflictError } from '../../common/errors.js';
import { newId } from '../../common/ids.js';
import type { Store } from '../../store/store.js';

/**
 * Which app replica works a due instance (its timers and jobs) now: a lease per instance in the
 * store's shared coordination state, taken before the step and released after it. Of replicas
 * polling together, one works the instance and the others skip it this round, so a worker's outside
 * effect (a notification) does not run twice; a replica killed mid-step holds its leases until they
 * expire (`leaseMs`, the takeover time), then any other takes them over. The optimistic `rev` still
 * decides if a step outlives its lease.
 */
export class DueLeases {
  readonly owner = newId('replica');

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly leaseMs: number,
  ) {}

  take(instanceKey: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    return this.store.coordination.lease(name(instanceKey), this.owner, iso(now), iso(now + this.leaseMs));
  }

  async release(instanceKey: string): Promise<void> {
    const now = iso(this.clock.now().getTime());
    await this.store.coordination.lease(name(instanceKey), this.owner, now, now);
  }

  /**
   * Runs `step` holding the instance's lease. `skip` (a polling round): when another replica holds
   * it, answers `busy` at once. `wait` (a user's command): waits for the holder to finish or its
   * lease to expire, at most about `leaseMs`, then answers `busy`.
   */
  async whileHeld<T>(instanceKey: string, mode: 'skip' | 'wait', step: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.leaseMs + 1000;
    let pause = 10;
    while (!(await this.take(instanceKey))) {
      if (mode === 'skip' || Date.now() > deadline)
        throw new ConflictError(
          `instance '${instanceKey}' is being worked by another replica`,
          [],
          'instance_busy',
        );
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 200);
    }
    try {
      return await step();
    } finally {
      await this.release(instanceKey).catch(() => undefined);
    }
  }
}

function name(instanceKey: string): string {
  return `instance:${instanceKey}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
