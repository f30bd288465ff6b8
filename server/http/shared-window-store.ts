import type { ClientRateLimitInfo, Store } from 'express-rate-limit';
import type { Clock } from '../../runtime/common/clock.js';
import type { CoordinationRepository } from '../../runtime/store/coordination.js';

/**
 * Fixed-window hit counter for express-rate-limit in the store's shared coordination state, so app
 * replicas behind one address count a client's requests together (`ClockWindowStore` counts in
 * this process). On the platform's injectable clock.
 */
export class SharedWindowStore implements Store {
  readonly localKeys = false;

  constructor(
    private readonly clock: Clock,
    private readonly windowMs: number,
    private readonly counters: CoordinationRepository,
    private readonly namespace: string,
  ) {}

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = this.clock.now().toISOString();
    const window = await this.counters.hit(`${this.namespace}:${key}`, now, this.windowMs);
    return { totalHits: window.hits, resetTime: new Date(window.resetAt) };
  }

  /** (Only for skipped requests, which these limits do not use: the window keeps its count.) */
  decrement(): void {}

  /** (The window ends by itself.) */
  resetKey(): void {}
}
