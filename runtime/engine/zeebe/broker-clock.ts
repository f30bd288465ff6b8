import type { Clock } from '../../common/clock.js';

/**
 * Keeps a broker started with `zeebe.clock.controlled=true` at the platform clock's instant, through
 * the actuator's `/actuator/clock/pin`. With a ManualClock in tests, Zeebe timers, job back-offs and
 * FEEL `now()` then follow the test's time; without a management URL the broker keeps its own clock.
 */
export class BrokerClock {
  #pinned: number | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly managementUrl: string | null,
  ) {}

  get controlled(): boolean {
    return this.managementUrl !== null;
  }

  /** Pin the broker's clock to `clock.now()` if it moved since the last pin. Returns that instant. */
  async sync(): Promise<number> {
    const now = this.clock.now().getTime();
    if (!this.managementUrl || this.#pinned === now) return now;
    const response = await fetch(`${this.managementUrl}/actuator/clock/pin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ epochMilli: now }),
    });
    if (!response.ok) throw new Error(`broker clock pin failed: HTTP ${response.status}`);
    this.#pinned = now;
    return now;
  }
}
