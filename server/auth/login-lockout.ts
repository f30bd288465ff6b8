import type { Clock } from '../../runtime/common/clock.js';
import type { CoordinationRepository } from '../../runtime/store/coordination.js';

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

/** How often a failure is re-recorded when another replica recorded one at the same moment. */
const swapAttempts = 5;

/**
 * Lockout after repeated failed logins, per username (known or not, so the answer does not reveal
 * which accounts exist) AND client address: an attacker guessing from one address locks only
 * themselves out — the account's owner signs in from elsewhere — and each further lock doubles
 * (backoff). The login rate limit per address still applies. On the injectable clock; kept in the
 * store's coordination state, so app replicas on a shared store count failures together (a
 * compare-and-swap per failure), a single process in its memory.
 */
export class LoginLockout {
  constructor(
    private readonly policy: LockoutPolicy,
    private readonly clock: Clock,
    private readonly state: CoordinationRepository,
  ) {}

  /** The time until which the username is locked for this address, or null. */
  async lockedUntil(username: string, address: string): Promise<Date | null> {
    const now = this.clock.now().getTime();
    const entry = await this.state.value(key(username, address), iso(now));
    const attempts = entry ? (JSON.parse(entry.value) as Attempts) : null;
    return attempts && attempts.lockedUntil > now ? new Date(attempts.lockedUntil) : null;
  }

  /** Records a failure; returns the lock's end when this failure locked the pair. */
  async failed(username: string, address: string): Promise<Date | null> {
    const k = key(username, address);
    for (let attempt = 1; ; attempt++) {
      const now = this.clock.now().getTime();
      const stored = await this.state.value(k, iso(now));
      const entry: Attempts = stored
        ? (JSON.parse(stored.value) as Attempts)
        : { failures: [], lockedUntil: 0, locks: 0 };
      entry.failures = entry.failures.filter((at) => at > now - this.policy.windowMs).concat(now);
      const longest = this.policy.maxLockMs ?? 24 * 3_600_000;
      if (entry.failures.length >= this.policy.maxFailures) {
        entry.failures = [];
        entry.lockedUntil = now + Math.min(this.policy.lockMs * 2 ** entry.locks, longest);
        entry.locks++;
      }
      // kept while failures count or the lock runs, and a day longer for the backoff's exponent
      const keepUntil = Math.max(entry.lockedUntil, now + this.policy.windowMs) + longest;
      const written = await this.state.swap(
        k,
        stored?.version ?? null,
        JSON.stringify(entry),
        iso(now),
        iso(keepUntil),
      );
      if (written || attempt >= swapAttempts)
        return entry.lockedUntil > now ? new Date(entry.lockedUntil) : null;
    }
  }

  /** A successful sign-in forgets the pair's failures and locks. */
  async succeeded(username: string, address: string): Promise<void> {
    const k = key(username, address);
    const now = this.clock.now().getTime();
    const stored = await this.state.value(k, iso(now));
    if (stored)
      await this.state.swap(
        k,
        stored.version,
        JSON.stringify({ failures: [], lockedUntil: 0, locks: 0 }),
        iso(now),
        iso(now + 1),
      );
  }
}

function key(username: string, address: string): string {
  return `lockout:${JSON.stringify([username.trim().toLowerCase(), address])}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
