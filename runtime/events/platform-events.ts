import type { PlatformEvent } from './platform-event.js';

export type PlatformEventListener = (event: PlatformEvent) => void;

export interface Subscription {
  /** Events published after `afterSeq` that are still buffered (for Last-Event-ID resume). */
  readonly missed: PlatformEvent[];
  /** False when the requested resume point is older than the buffer (the client should reload). */
  readonly complete: boolean;
  unsubscribe(): void;
}

/**
 * The platform's in-process event bus: committed store writes are published here (see
 * `publishingStore`) and live streams subscribe. Keeps the last `bufferSize` events so a client
 * reconnecting with Last-Event-ID gets what it missed; `epoch` tells a restarted process's ids
 * apart. `close()` (graceful shutdown) ends every subscription.
 */
export class PlatformEvents {
  readonly epoch = Date.now().toString(36);
  #seq = 0;
  #buffer: PlatformEvent[] = [];
  #listeners = new Map<PlatformEventListener, () => void>();
  #closed = false;

  constructor(private readonly bufferSize = 1000) {}

  /** Open subscriptions (live streams). */
  get subscribers(): number {
    return this.#listeners.size;
  }

  get closed(): boolean {
    return this.#closed;
  }

  publish(event: Omit<PlatformEvent, 'seq'>): void {
    if (this.#closed) return;
    const stamped = { ...event, seq: ++this.#seq };
    this.#buffer.push(stamped);
    if (this.#buffer.length > this.bufferSize) this.#buffer.shift();
    for (const listener of [...this.#listeners.keys()]) listener(stamped);
  }

  /**
   * Listen from now on; `afterSeq` (of this epoch) also returns the buffered events after it.
   * Check `closed` first: a closed bus accepts no subscription.
   */
  subscribe(listener: PlatformEventListener, onClose: () => void, afterSeq?: number): Subscription {
    if (this.#closed) throw new Error('the platform is shutting down');
    this.#listeners.set(listener, onClose);
    const oldest = this.#buffer[0]?.seq ?? this.#seq + 1;
    return {
      missed: afterSeq === undefined ? [] : this.#buffer.filter((e) => e.seq > afterSeq),
      complete: afterSeq === undefined || afterSeq >= oldest - 1,
      unsubscribe: () => void this.#listeners.delete(listener),
    };
  }

  /** Ends every subscription (their `onClose` runs) and refuses new ones. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const closers = [...this.#listeners.values()];
    this.#listeners.clear();
    for (const close of closers) close();
  }
}
