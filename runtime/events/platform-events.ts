import type { CoordinationRepository } from '../store/coordination.js';
import type { PlatformEvent } from './platform-event.js';
import { SharedFeed } from './shared-feed.js';

export type PlatformEventListener = (event: PlatformEvent) => void;

export interface Subscription {
  /** Events published after `afterSeq` that are still buffered (for Last-Event-ID resume). */
  readonly missed: PlatformEvent[];
  /** False when the requested resume point is older than the buffer (the client should reload). */
  readonly complete: boolean;
  unsubscribe(): void;
}

export interface PlatformEventsOptions {
  bufferSize?: number;
  /**
   * The store's coordination state when app replicas share it: events then travel through its live
   * feed (`SharedFeed`), sequence numbers are the feed's and resume works on any replica.
   */
  shared?: CoordinationRepository;
  /** How often a replica reads the shared feed (default 250 ms). */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * The platform's event bus: committed store writes are published here (see `publishingStore`) and
 * live streams subscribe. Keeps the last `bufferSize` events so a client reconnecting with
 * Last-Event-ID gets what it missed. In one process the bus is in memory and `epoch` tells a
 * restarted process's ids apart; with `shared`, every replica's events pass through the store's feed
 * and the epoch is `shared`. `close()` (graceful shutdown) ends every subscription.
 */
export class PlatformEvents {
  readonly epoch: string;
  readonly #bufferSize: number;
  readonly #feed: SharedFeed | null;
  #seq = 0;
  #buffer: PlatformEvent[] = [];
  #listeners = new Map<PlatformEventListener, () => void>();
  #closed = false;

  constructor(options: PlatformEventsOptions = {}) {
    this.#bufferSize = options.bufferSize ?? 1000;
    const onError = options.onError ?? ((error) => console.error('live updates: shared feed failed', error));
    this.#feed = options.shared
      ? new SharedFeed(
          options.shared,
          (e) => this.#deliver(e),
          this.#bufferSize,
          options.pollMs ?? 250,
          onError,
        )
      : null;
    this.epoch = this.#feed ? 'shared' : Date.now().toString(36);
  }

  /** Open subscriptions (live streams). */
  get subscribers(): number {
    return this.#listeners.size;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Announces what one transaction committed; settles once the events are in the shared feed. */
  async publish(events: readonly Omit<PlatformEvent, 'seq'>[]): Promise<void> {
    if (this.#closed) return;
    if (this.#feed) return this.#feed.append(events);
    for (const event of events) this.#deliver({ ...event, seq: ++this.#seq });
  }

  #deliver(stamped: PlatformEvent): void {
    if (this.#closed) return;
    this.#buffer.push(stamped);
    if (this.#buffer.length > this.#bufferSize) this.#buffer.shift();
    for (const listener of [...this.#listeners.keys()]) listener(stamped);
  }

  /**
   * Listen from now on; `afterSeq` (of this epoch) also returns the buffered events after it.
   * Check `closed` first: a closed bus accepts no subscription.
   */
  subscribe(listener: PlatformEventListener, onClose: () => void, afterSeq?: number): Subscription {
    if (this.#closed) throw new Error('the platform is shutting down');
    // (on a replica behind the resume point, nothing up to it is sent twice)
    const after = (event: PlatformEvent) =>
      (afterSeq === undefined || event.seq > afterSeq) && listener(event);
    this.#listeners.set(after, onClose);
    const last = this.#buffer[this.#buffer.length - 1]?.seq ?? this.#seq;
    const oldest = this.#buffer[0]?.seq ?? last + 1;
    return {
      missed: afterSeq === undefined ? [] : this.#buffer.filter((e) => e.seq > afterSeq),
      complete: afterSeq === undefined || afterSeq >= oldest - 1,
      unsubscribe: () => void this.#listeners.delete(after),
    };
  }

  /** Ends every subscription (their `onClose` runs) and refuses new ones. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#feed?.close();
    const closers = [...this.#listeners.values()];
    this.#listeners.clear();
    for (const close of closers) close();
  }
}
