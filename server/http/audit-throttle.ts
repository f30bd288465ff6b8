import type { Clock } from '../../runtime/common/clock.js';

export interface AuditThrottlePolicy {
  /** Entries admitted per key (client address, username) per window. */
  perWindow: number;
  windowMs: number;
}

/** Platform default: 10 failed-login entries per client address and per username in 15 minutes. */
export const defaultAuditThrottle: AuditThrottlePolicy = { perWindow: 10, windowMs: 15 * 60_000 };

/** Above this many tracked keys, windows that have passed are dropped on the next admission. */
const pruneAbove = 10_000;

/**
 * Bounds what anonymous traffic can write to the audit log: an entry is admitted only while every
 * one of its keys is under the limit of its fixed window (on the injectable clock), so neither one
 * address nor many addresses guessing one account can grow the log without end.
 */
export class AuditThrottle {
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly policy: AuditThrottlePolicy = defaultAuditThrottle,
  ) {}

  admit(keys: readonly string[]): boolean {
    const now = this.clock.now().getTime();
    if (this.#windows.size > pruneAbove) this.#prune(now);
    const windows = keys.map((key) => {
      const current = this.#windows.get(key);
      const window =
        current && now - current.start < this.policy.windowMs ? current : { start: now, count: 0 };
      this.#windows.set(key, window);
      return window;
    });
    if (windows.some((w) => w.count >= this.policy.perWindow)) return false;
    for (const w of windows) w.count++;
    return true;
  }

  #prune(now: number): void {
    for (const [key, w] of this.#windows)
      if (now - w.start >= this.policy.windowMs) this.#windows.delete(key);
  }
}
