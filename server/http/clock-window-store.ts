import type { ClientRateLimitInfo, Store } from 'express-rate-limit';
import type { Clock } from '../../runtime/common/clock.js';

interface Window {
  hits: number;
  resetAt: number;
}

/** Above this many tracked clients, expired windows are dropped on the next hit. */
const pruneAbove = 10_000;

/**
 * Fixed-window hit counter for express-rate-limit on the platform's injectable clock (its built-in
 * store reads the wall clock and runs a timer), so limits are exact and testable without sleeping.
 */
export class ClockWindowStore implements Store {
  readonly localKeys = true;
  readonly #windows = new Map<string, Window>();

  constructor(
    private readonly clock: Clock,
    private readonly windowMs: number,
  ) {}

  get(key: string): ClientRateLimitInfo | undefined {
    const window = this.#current(key);
    return window ? { totalHits: window.hits, resetTime: new Date(window.resetAt) } : undefined;
  }

  increment(key: string): ClientRateLimitInfo {
    const now = this.clock.now().getTime();
    if (this.#windows.size > pruneAbove)
      for (const [k, w] of this.#windows) if (w.resetAt <= now) this.#windows.delete(k);
    const window = this.#current(key) ?? { hits: 0, resetAt: now + this.windowMs };
    window.hits += 1;
    this.#windows.set(key, window);
    return { totalHits: window.hits, resetTime: new Date(window.resetAt) };
  }

  decrement(key: string): void {
    const window = this.#current(key);
    if (window && window.hits > 0) window.hits -= 1;
  }

  resetKey(key: string): void {
    this.#windows.delete(key);
  }

  resetAll(): void {
    this.#windows.clear();
  }

  #current(key: string): Window | undefined {
    const window = this.#windows.get(key);
    return window && window.resetAt > this.clock.now().getTime() ? window : undefined;
  }
}
