import type { Clock } from '../../runtime/common/clock.js';

export interface LockoutPolicy {
  /** Failures within `windowMs` that lock the account. */
  maxFailures: number;
  windowMs: number;
  /** How long the account then stays locked. */
  lockMs: number;
}

interface Attempts {
  failures: number[];
  lockedUntil: number;
}

/** Above this many tracked usernames, entries with nothing recent are dropped on the next write. */
const pruneAbove = 10_000;

/**
 * Lockout after repeated failed logins, per username (known or not, so the answer does not reveal
 * which accounts exist), on the injectable clock. State is per process: a restart forgets it.
 */
export class LoginLockout {
  readonly #attempts = new Map<string, Attempts>();

  constructor(
    private readonly policy: LockoutPolicy,
    private readonly clock: Clock,
  ) {}

  /** The time until which the username is locked, or null. */
  lockedUntil(username: string): Date | null {
    const entry = this.#attempts.get(key(username));
    const now = this.clock.now().getTime();
    return entry && entry.lockedUntil > now ? new Date(entry.lockedUntil) : null;
  }

  /** Records a failure; returns the lock's end when this failure locked the account. */
  failed(username: string): Date | null {
    const now = this.clock.now().getTime();
    if (this.#attempts.size > pruneAbove) this.#prune(now);
    const entry = this.#attempts.get(key(username)) ?? { failures: [], lockedUntil: 0 };
    entry.failures = entry.failures.filter((at) => at > now - this.policy.windowMs).concat(now);
    if (entry.failures.length >= this.policy.maxFailures) {
      entry.failures = [];
      entry.lockedUntil = now + this.policy.lockMs;
    }
    this.#attempts.set(key(username), entry);
    return entry.lockedUntil > now ? new Date(entry.lockedUntil) : null;
  }

  succeeded(username: string): void {
    this.#attempts.delete(key(username));
  }

  #prune(now: number): void {
    for (const [name, entry] of this.#attempts) {
      const recent = entry.failures.some((at) => at > now - this.policy.windowMs);
      if (!recent && entry.lockedUntil <= now) this.#attempts.delete(name);
    }
  }
}

function key(username: string): string {
  return username.trim().toLowerCase();
}
