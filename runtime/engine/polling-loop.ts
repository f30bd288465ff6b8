/**
 * An engine's background rounds (polling for due work, a sweep): one round every `intervalMs`, never
 * two at once; a failed round is reported and never takes the process down — the next one retries.
 * The timer does not keep the process alive; `stop()` waits for the round in flight.
 */
export class PollingLoop {
  #timer: NodeJS.Timeout | null = null;
  #round: Promise<void> | null = null;

  constructor(
    private readonly round: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts the rounds (again after `stop()`); a loop already running is left as it is. */
  start(intervalMs: number): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      if (this.#round) return;
      this.#round = this.round()
        .then(
          () => undefined,
          (error: unknown) => this.onError(error),
        )
        .finally(() => (this.#round = null));
    }, intervalMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#round;
  }
}
