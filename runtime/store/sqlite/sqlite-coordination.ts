import Database from 'better-sqlite3';
import {
  liveEventsKept,
  type CoordinationRepository,
  type LiveEventRow,
  type VersionedValue,
  type WindowHits,
} from '../coordination.js';

/** Expired windows and values are swept on about one write in this many (as on PostgreSQL). */
const sweepEvery = 500;

/**
 * Coordination in the tables of migration 36, for several app processes on one SQLite file
 * (`APP_PROCESSES` > 1): every process sees the same leases, windows, values and live feed. Its own
 * connection with `synchronous = NORMAL` — coordination state may be lost (see the port), so it pays
 * no fsync; WAL keeps the file consistent and a later business commit syncs these frames too. Each
 * write takes SQLite's one write lock (waiting up to the busy timeout), which decides between processes.
 */
export class SqliteCoordination implements CoordinationRepository {
  readonly shared = true;
  readonly #db: Database.Database;
  readonly #sql: Record<keyof typeof statements, Database.Statement>;
  readonly #append: Database.Transaction<(payloads: readonly string[]) => number[]>;

  constructor(file: string, busyTimeoutMs: number) {
    this.#db = new Database(file);
    this.#db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    this.#db.pragma('synchronous = NORMAL');
    const db = this.#db;
    this.#sql = Object.fromEntries(
      Object.entries(statements).map(([name, text]) => [name, db.prepare(text)]),
    ) as Record<keyof typeof statements, Database.Statement>;
    this.#append = db.transaction((payloads: readonly string[]) => {
      const seqs = payloads.map((payload) => Number(this.#sql.appendLive.run(payload).lastInsertRowid));
      const last = seqs[seqs.length - 1] ?? 0;
      if (Math.floor(last / sweepEvery) !== Math.floor((last - seqs.length) / sweepEvery))
        this.#sql.sweepLive.run(last - liveEventsKept);
      return seqs;
    });
  }

  lease(name: string, owner: string, now: string, until: string): Promise<boolean> {
    return settle(() => this.#sql.lease.run({ name, owner, now, until }).changes === 1);
  }

  hit(key: string, now: string, windowMs: number): Promise<WindowHits> {
    return settle(() => {
      if (Math.random() * sweepEvery < 1) this.#sql.sweepWindows.run(now);
      const resetAt = new Date(new Date(now).getTime() + windowMs).toISOString();
      const row = this.#sql.hit.get({ key, now, resetAt }) as { hits: number; reset_at: string };
      return { hits: row.hits, resetAt: row.reset_at };
    });
  }

  value(key: string, now: string): Promise<VersionedValue | null> {
    return settle(() => (this.#sql.value.get(key, now) as VersionedValue | undefined) ?? null);
  }

  swap(
    key: string,
    expected: number | null,
    value: string,
    now: string,
    expiresAt: string,
  ): Promise<boolean> {
    return settle(() => {
      if (Math.random() * sweepEvery < 1) this.#sql.sweepValues.run(now);
      const result =
        expected === null
          ? this.#sql.create.run({ key, value, now, expiresAt })
          : this.#sql.update.run({ key, value, expected, now, expiresAt });
      return result.changes === 1;
    });
  }

  appendLive(payloads: readonly string[]): Promise<number[]> {
    return settle(() => (payloads.length === 0 ? [] : this.#append.immediate(payloads)));
  }

  liveAfter(afterSeq: number, limit: number): Promise<LiveEventRow[]> {
    return settle(() => this.#sql.liveAfter.all(afterSeq, limit) as LiveEventRow[]);
  }

  liveHead(): Promise<number> {
    return settle(() => Number(this.#sql.liveHead.pluck().get() ?? 0));
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

/** better-sqlite3 is synchronous: a busy or failed statement rejects the promise rather than throwing. */
function settle<T>(run: () => T): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

const statements = {
  lease: `INSERT INTO coordination_leases (name, owner, until) VALUES (@name, @owner, @until)
    ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until
    WHERE coordination_leases.until <= @now OR coordination_leases.owner = excluded.owner`,
  hit: `INSERT INTO coordination_windows (key, hits, reset_at) VALUES (@key, 1, @resetAt)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN coordination_windows.reset_at <= @now THEN 1 ELSE coordination_windows.hits + 1 END,
      reset_at = CASE WHEN coordination_windows.reset_at <= @now THEN excluded.reset_at
                 ELSE coordination_windows.reset_at END
    RETURNING hits, reset_at`,
  sweepWindows: 'DELETE FROM coordination_windows WHERE reset_at <= ?',
  value: 'SELECT value, version FROM coordination_values WHERE key = ? AND expires_at > ?',
  create: `INSERT INTO coordination_values (key, value, version, expires_at) VALUES (@key, @value, 1, @expiresAt)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at,
      version = coordination_values.version + 1
    WHERE coordination_values.expires_at <= @now`,
  update: `UPDATE coordination_values SET value = @value, version = version + 1, expires_at = @expiresAt
    WHERE key = @key AND version = @expected AND expires_at > @now`,
  sweepValues: 'DELETE FROM coordination_values WHERE expires_at <= ?',
  appendLive: 'INSERT INTO live_events (payload) VALUES (?)',
  sweepLive: 'DELETE FROM live_events WHERE seq <= ?',
  liveAfter: 'SELECT seq, payload FROM live_events WHERE seq > ? ORDER BY seq LIMIT ?',
  liveHead: 'SELECT max(seq) FROM live_events',
} as const;
