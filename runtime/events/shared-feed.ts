import type { CoordinationRepository } from '../store/coordination.js';
import type { PlatformEvent } from './platform-event.js';

type Unstamped = Omit<PlatformEvent, 'seq'>;

/** Rows read per query while catching up. */
const page = 500;

/**
 * The live-update feed in the store shared by every app replica: a replica appends what its
 * transactions committed and every replica (itself included) polls the feed and delivers in feed
 * order, so a stream on any replica sees every replica's events and resumes from a Last-Event-ID
 * issued by another. Starts `keep` events back, so resumes just after a start still work.
 */
export class SharedFeed {
  #lastSeq: number | undefined;
  #polling: Promise<void> | null = null;
  #again = false;
  readonly #timer: NodeJS.Timeout;

  constructor(
    private readonly coordination: CoordinationRepository,
    private readonly deliver: (event: PlatformEvent) => void,
    private readonly keep: number,
    pollMs: number,
    private readonly onError: (error: unknown) => void,
  ) {
    this.#timer = setInterval(() => void this.poll(), pollMs);
    this.#timer.unref();
    void this.poll();
  }

  /** Appends the events (in order) and delivers them with whatever else is new. */
  async append(events: readonly Unstamped[]): Promise<void> {
    if (events.length === 0) return;
    await this.coordination.appendLive(events.map((event) => JSON.stringify(event)));
    await this.poll();
  }

  /** Reads and delivers what is new; a call while a read runs makes it read once more. */
  poll(): Promise<void> {
    if (this.#polling) {
      this.#again = true;
      return this.#polling;
    }
    this.#polling = (async () => {
      do {
        this.#again = false;
        await this.#catchUp();
      } while (this.#again);
    })()
      .catch(this.onError)
      .finally(() => (this.#polling = null));
    return this.#polling;
  }

  close(): void {
    clearInterval(this.#timer);
  }

  async #catchUp(): Promise<void> {
    if (this.#lastSeq === undefined)
      this.#lastSeq = Math.max(0, (await this.coordination.liveHead()) - this.keep);
    for (;;) {
      const rows = await this.coordination.liveAfter(this.#lastSeq, page);
      for (const row of rows) {
        this.#lastSeq = row.seq;
        this.deliver({ ...(JSON.parse(row.payload) as Unstamped), seq: row.seq });
      }
      if (rows.length < page) return;
    }
  }
}
