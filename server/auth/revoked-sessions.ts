import type { Clock } from '../../runtime/common/clock.js';

/**
 * Sessions ended by logout before their expiry, kept until they would have expired anyway. Per
 * process; changing the password ends every session everywhere (see `SessionTokens`).
 */
export class RevokedSessions {
  readonly #until = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  revoke(sid: string, expiresAt: number): void {
    this.#prune();
    this.#until.set(sid, expiresAt);
  }

  has(sid: string): boolean {
    const until = this.#until.get(sid);
    return until !== undefined && until >= this.clock.now().getTime();
  }

  #prune(): void {
    const now = this.clock.now().getTime();
    for (const [sid, until] of this.#until) if (until < now) this.#until.delete(sid);
  }
}
