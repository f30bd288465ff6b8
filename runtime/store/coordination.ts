/**
 * State the app processes sharing one store coordinate through (协同): leases (who works a due
 * instance now), fixed-window hit counters (rate limits), small versioned values (login lockout) and
 * the live-update feed (server-sent events with Last-Event-ID resume on any replica).
 *
 * Not business data: written directly, outside `transact`, and allowed to be lost. `shared` says
 * whether every process on the store sees it (PostgreSQL) or it lives in this process (SQLite and
 * MongoDB adapters: `ProcessLocalCoordination`, the single-process deployments those adapters serve).
 * Instants are ISO strings from the caller's clock (replicas' clocks are kept in step by NTP).
 */
export interface CoordinationRepository {
  readonly shared: boolean;
  /**
   * Takes (or renews) lease `name` for `owner` until `until` when it is free, expired at `now` or
   * already `owner`'s; true when `owner` holds it afterwards. Releasing = renewing until `now`.
   */
  lease(name: string, owner: string, now: string, until: string): Promise<boolean>;
  /** One more hit on `key`'s fixed window (a new window of `windowMs` opens when the last has passed). */
  hit(key: string, now: string, windowMs: number): Promise<WindowHits>;
  /** The unexpired value under `key`, with its version, or null. */
  value(key: string, now: string): Promise<VersionedValue | null>;
  /**
   * Writes `value` under `key` (valid until `expiresAt`) if the key's version is still `expected`
   * (null: absent or expired); false when another process wrote first.
   */
  swap(key: string, expected: number | null, value: string, now: string, expiresAt: string): Promise<boolean>;
  /** Appends live events (serialised) in order; returns their sequence numbers (increasing, commit order). */
  appendLive(payloads: readonly string[]): Promise<number[]>;
  /** Live events with seq > `afterSeq`, oldest first, at most `limit`. */
  liveAfter(afterSeq: number, limit: number): Promise<LiveEventRow[]>;
  /** The newest live event's seq (0 when none). */
  liveHead(): Promise<number>;
}

export interface WindowHits {
  hits: number;
  resetAt: string;
}

export interface VersionedValue {
  value: string;
  version: number;
}

export interface LiveEventRow {
  seq: number;
  payload: string;
}

/** Live events kept for Last-Event-ID resume (older ones are dropped as new ones arrive). */
export const liveEventsKept = 10_000;
