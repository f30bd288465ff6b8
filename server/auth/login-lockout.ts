import type { Clock } from '../../runtime/common/clock.js';

export interface LockoutPolicy {
  /** Failures within `windowMs` that lock the (username, address) pair. */
  maxFailures: number;
  windowMs: number;
  /** How long the first lock lasts; each further lock of the same pair lasts twice as long. */
  lockMs: number;
  /** The longest a lock grows to (platform default 24 h). */
  maxLockMs?: number;
}

interface Attempts {
  failures: number[];
  lockedUntil: number;
  /** Locks so far (the backoff's exponent); reset by a successful sign-in. */
  locks: number;
}

/** Above this many tracked pairs, entries with nothing recent are dropped on the next write. */
const pruneAbove = 10_000;

/**
 * Lockout after repeated failed logins, per username (known or not, so the answer does not reveal
 * which accounts exist) AND client address: an attacker guessing from one address locks only
 * themselves out — the account's owner signs in from elsewhere — and each further lock doubles
 * (backoff). The login rate limit per address still applies. On the injectable clock; per process.
 */
export class LoginLockout {
  readonly #attempts = new Map<string, Attempts>();

  constructor(
    private readonly policy: LockoutPolicy,
    private readonly clock: Clock,
  ) {}

  /** The time until which the username is locked for this address, or null. */
  lockedUntil(username: string, address: string): Date | null {
    const entry = this.#attempts.get(key(username, address));
    const now = this.clock.now().getTime();
    return entry && entry.lockedUntil > now ? new Date(entry.lockedUntil) : null;
  }

  /** Records a failure; returns the lock's end when this failure locked the pair. */
  failed(username: string, address: string): Date | null {
    const now = this.clock.now().getTime();
    if (this.#attempts.size > pruneAbove) this.#prune(now);
    const k = key(username, address);
    const entry = this.#attempts.get(k) ?? { failures: [], lockedUntil: 0, locks: 0 };
    entry.failures = entry.failures.filter((at) => at > now - this.policy.windowMs).concat(now);
    if (entry.failures.length >= this.policy.maxFailures) {
      const longest = this.policy.maxLockMs ?? 24 * 3_600_000;
      entry.failures = [];
      entry.lockedUntil = now + Math.min(this.policy.lockMs * 2 ** entry.locks, longest);
      entry.locks++;
    }
    this.#attempts.set(k, entry);
    return entry.lockedUntil > now ? new Date(entry.lockedUntil) : null;
  }

  succeeded(username: string, address: string): void {
    this.#attempts.delete(key(username, address));
  }

  #prune(now: number): void {
    for (const [name, entry] of this.#attempts) {
      const recent = entry.failures.some((at) => at > now - this.policy.windowMs);
      if (!recent && entry.lockedUntil <= now) this.#attempts.delete(name);
    }
  }
}

function key(username: string, address: string): string {
  return `${username.trim().toLowerCase()}\u0000${address}`;
}
