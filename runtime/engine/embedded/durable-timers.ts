import type { Clock } from '../../common/clock.js';
import type { TimerRecord } from '../../store/records.js';

interface TimerOwner {
  id?: string;
  executionId?: string;
  expireAt?: Date | string;
}

interface TimerRef {
  key: string;
  owner: TimerOwner;
}

/**
 * The `timers` bpmn-elements arms, made durable: instead of a process-local setTimeout, each armed
 * timer becomes a row (instance, timer key, due time) that the engine's poller wakes later. Timers
 * longer than 2^31-1 ms are therefore fine, and a restart keeps every original due time.
 */
export class DurableTimers {
  readonly armed = new Map<string, TimerRecord>();
  #refs = new Set<TimerRef>();

  constructor(
    private readonly instanceKey: string,
    private readonly clock: Clock,
  ) {}

  get executing(): TimerRef[] {
    return [...this.#refs];
  }

  register(owner: TimerOwner): {
    setTimeout: DurableTimers['setTimeout'];
    clearTimeout: DurableTimers['clearTimeout'];
  } {
    return {
      setTimeout: (cb: () => void, delay: number, ...args: unknown[]) => this.#arm(owner, delay, args),
      clearTimeout: (ref: unknown) => this.clearTimeout(ref),
    };
  }

  setTimeout(_cb: () => void, delay: number, ...args: unknown[]): TimerRef {
    return this.#arm({}, delay, args);
  }

  clearTimeout(ref: unknown): undefined {
    const r = ref as TimerRef | undefined;
    if (r && this.#refs.delete(r)) this.armed.delete(r.key);
    return undefined;
  }

  #arm(owner: TimerOwner, delay: number, args: unknown[]): TimerRef {
    const content = (args[0] ?? {}) as TimerOwner;
    const key = String(owner.executionId ?? content.executionId ?? `anon_${this.#refs.size}`);
    const due = owner.expireAt ? new Date(owner.expireAt) : new Date(this.clock.now().getTime() + delay);
    const ref = { key, owner };
    this.#refs.add(ref);
    this.armed.set(key, {
      instanceKey: this.instanceKey,
      timerKey: key,
      elementId: String(owner.id ?? content.id ?? ''),
      dueAt: due.toISOString(),
    });
    return ref;
  }
}
