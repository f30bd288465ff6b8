import {
  liveEventsKept,
  type CoordinationRepository,
  type LiveEventRow,
  type VersionedValue,
  type WindowHits,
} from './coordination.js';

/** Above this many keys, expired leases, windows and values are dropped on the next write. */
const pruneAbove = 10_000;

/**
 * Coordination state held in this process (`shared: false`): for the adapters that serve one app
 * process (SQLite with one app process, see `SqliteCoordination` for several; MongoDB's write
 * journal), with the same semantics as the shared PostgreSQL tables.
 */
export class ProcessLocalCoordination implements CoordinationRepository {
  readonly shared = false;
  readonly #leases = new Map<string, { owner: string; until: string }>();
  readonly #windows = new Map<string, { hits: number; resetAt: number }>();
  readonly #values = new Map<string, { value: string; version: number; expiresAt: string }>();
  #live: LiveEventRow[] = [];
  #seq = 0;

  lease(name: string, owner: string, now: string, until: string): Promise<boolean> {
    const held = this.#leases.get(name);
    if (held && held.owner !== owner && ms(held.until) > ms(now)) return Promise.resolve(false);
    if (this.#leases.size > pruneAbove)
      for (const [k, l] of this.#leases) if (ms(l.until) <= ms(now)) this.#leases.delete(k);
    this.#leases.set(name, { owner, until });
    return Promise.resolve(true);
  }

  hit(key: string, now: string, windowMs: number): Promise<WindowHits> {
    const at = ms(now);
    if (this.#windows.size > pruneAbove)
      for (const [k, w] of this.#windows) if (w.resetAt <= at) this.#windows.delete(k);
    const current = this.#windows.get(key);
    const window = current && current.resetAt > at ? current : { hits: 0, resetAt: at + windowMs };
    window.hits += 1;
    this.#windows.set(key, window);
    return Promise.resolve({ hits: window.hits, resetAt: new Date(window.resetAt).toISOString() });
  }

  value(key: string, now: string): Promise<VersionedValue | null> {
    const entry = this.#values.get(key);
    return Promise.resolve(
      entry && ms(entry.expiresAt) > ms(now) ? { value: entry.value, version: entry.version } : null,
    );
  }

  swap(
    key: string,
    expected: number | null,
    value: string,
    now: string,
    expiresAt: string,
  ): Promise<boolean> {
    const entry = this.#values.get(key);
    const live = entry && ms(entry.expiresAt) > ms(now) ? entry : undefined;
    if ((live?.version ?? null) !== expected) return Promise.resolve(false);
    if (this.#values.size > pruneAbove)
      for (const [k, v] of this.#values) if (ms(v.expiresAt) <= ms(now)) this.#values.delete(k);
    this.#values.set(key, { value, version: (entry?.version ?? 0) + 1, expiresAt });
    return Promise.resolve(true);
  }

  appendLive(payloads: readonly string[]): Promise<number[]> {
    const rows = payloads.map((payload) => ({ seq: ++this.#seq, payload }));
    this.#live.push(...rows);
    if (this.#live.length > liveEventsKept) this.#live = this.#live.slice(-liveEventsKept);
    return Promise.resolve(rows.map((row) => row.seq));
  }

  liveAfter(afterSeq: number, limit: number): Promise<LiveEventRow[]> {
    return Promise.resolve(this.#live.filter((row) => row.seq > afterSeq).slice(0, limit));
  }

  liveHead(): Promise<number> {
    return Promise.resolve(this.#seq);
  }
}

function ms(iso: string): number {
  return new Date(iso).getTime();
}
