import type pg from 'pg';
import {
  liveEventsKept,
  type CoordinationRepository,
  type LiveEventRow,
  type VersionedValue,
  type WindowHits,
} from '../coordination.js';

/** Expired windows and values are swept on about one write in this many. */
const sweepEvery = 500;

/**
 * Coordination in shared tables (migration 12): every app process on the database sees the same
 * leases, windows, values and live feed. Each call is one statement (or one short transaction), so
 * the row lock of the upsert decides between processes.
 */
export class PostgresCoordinationRepository implements CoordinationRepository {
  readonly shared = true;

  constructor(private readonly pool: pg.Pool) {}

  async lease(name: string, owner: string, now: string, until: string): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO coordination_leases (name, owner, until) VALUES ($1, $2, $4)
       ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, until = EXCLUDED.until
       WHERE coordination_leases.until <= $3 OR coordination_leases.owner = EXCLUDED.owner
       RETURNING name`,
      [name, owner, now, until],
    );
    return result.rowCount === 1;
  }

  async hit(key: string, now: string, windowMs: number): Promise<WindowHits> {
    if (Math.random() * sweepEvery < 1)
      await this.pool.query('DELETE FROM coordination_windows WHERE reset_at <= $1', [now]);
    const result = await this.pool.query<{ hits: number; reset_at: string }>(
      `INSERT INTO coordination_windows (key, hits, reset_at)
       VALUES ($1, 1, $2::timestamptz + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN coordination_windows.reset_at <= $2 THEN 1 ELSE coordination_windows.hits + 1 END,
         reset_at = CASE WHEN coordination_windows.reset_at <= $2 THEN EXCLUDED.reset_at
                    ELSE coordination_windows.reset_at END
       RETURNING hits, reset_at`,
      [key, now, windowMs],
    );
    const row = result.rows[0] as { hits: number; reset_at: string };
    return { hits: row.hits, resetAt: row.reset_at };
  }

  async value(key: string, now: string): Promise<VersionedValue | null> {
    const result = await this.pool.query<VersionedValue>(
      'SELECT value, version FROM coordination_values WHERE key = $1 AND expires_at > $2',
      [key, now],
    );
    return result.rows[0] ?? null;
  }

  async swap(
    key: string,
    expected: number | null,
    value: string,
    now: string,
    expiresAt: string,
  ): Promise<boolean> {
    if (Math.random() * sweepEvery < 1)
      await this.pool.query('DELETE FROM coordination_values WHERE expires_at <= $1', [now]);
    const result =
      expected === null
        ? await this.pool.query(
            `INSERT INTO coordination_values (key, value, version, expires_at) VALUES ($1, $2, 1, $4)
             ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at,
               version = coordination_values.version + 1
             WHERE coordination_values.expires_at <= $3
             RETURNING key`,
            [key, value, now, expiresAt],
          )
        : await this.pool.query(
            `UPDATE coordination_values SET value = $2, version = version + 1, expires_at = $5
             WHERE key = $1 AND version = $3 AND expires_at > $4 RETURNING key`,
            [key, value, expected, now, expiresAt],
          );
    return result.rowCount === 1;
  }

  async appendLive(payloads: readonly string[]): Promise<number[]> {
    if (payloads.length === 0) return [];
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // one appender at a time: seq order is commit order
      await client.query("SELECT pg_advisory_xact_lock(hashtext('live_events'), hashtext(current_schema()))");
      const result = await client.query<{ seq: number }>(
        `INSERT INTO live_events (payload)
         SELECT p FROM unnest($1::text[]) WITH ORDINALITY AS t(p, n) ORDER BY n RETURNING seq`,
        [payloads],
      );
      const seqs = result.rows.map((row) => Number(row.seq)).sort((a, b) => a - b);
      const last = seqs[seqs.length - 1] ?? 0;
      if (Math.floor(last / sweepEvery) !== Math.floor((last - seqs.length) / sweepEvery))
        await client.query('DELETE FROM live_events WHERE seq <= $1', [last - liveEventsKept]);
      await client.query('COMMIT');
      return seqs;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async liveAfter(afterSeq: number, limit: number): Promise<LiveEventRow[]> {
    const result = await this.pool.query<{ seq: number; payload: string }>(
      'SELECT seq, payload FROM live_events WHERE seq > $1 ORDER BY seq LIMIT $2',
      [afterSeq, limit],
    );
    return result.rows.map((row) => ({ seq: Number(row.seq), payload: row.payload }));
  }

  async liveHead(): Promise<number> {
    const result = await this.pool.query<{ head: number | null }>('SELECT max(seq) AS head FROM live_events');
    return Number(result.rows[0]?.head ?? 0);
  }
}
