import type pg from 'pg';
import { asDomainError } from './pg-errors.js';
import { pageWindow } from '../paging.js';
import type { Page } from '../store.js';
import { type TableCodec, postgres } from './row-codec.js';
import type { WhereClause } from './where-clause.js';

/** A query parameter as node-postgres sends it (arrays become PostgreSQL arrays). */
export type SqlValue = string | number | boolean | null | readonly (string | number)[];
export type SqlRow = Record<string, unknown>;

/** What runs a query: the pool (reads, one statement each) or one transaction's client (writes). */
export interface Queryable {
  query<R extends pg.QueryResultRow = SqlRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** Thin helpers over a `Queryable`, the PostgreSQL counterpart of the SQLite `StatementCache`. */
export class Sql {
  constructor(private readonly db: Queryable) {}

  async rows(text: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    return (await this.query(text, params)).rows;
  }

  /** One row, or undefined. */
  async row(text: string, params: readonly SqlValue[] = []): Promise<SqlRow | undefined> {
    return (await this.rows(text, params))[0];
  }

  /** The first column of the first row (e.g. a COUNT). */
  async scalar(text: string, params: readonly SqlValue[] = []): Promise<unknown> {
    const row = await this.row(text, params);
    return row === undefined ? undefined : Object.values(row)[0];
  }

  /** `SELECT <every column> FROM <table> <rest>`: the first record, or null. */
  async one<R>(codec: TableCodec<R>, rest: string, params: readonly SqlValue[] = []): Promise<R | null> {
    const row = await this.row(`SELECT ${codec.selectList} FROM ${codec.table} ${rest}`, params);
    return row ? codec.decode(row, postgres) : null;
  }

  /** `SELECT <every column> FROM <table> <rest>`: every record. */
  async many<R>(codec: TableCodec<R>, rest: string, params: readonly SqlValue[] = []): Promise<R[]> {
    const rows = await this.rows(`SELECT ${codec.selectList} FROM ${codec.table} ${rest}`, params);
    return rows.map((row) => codec.decode(row, postgres));
  }

  /**
   * One page of the records matching `where` in `order`, with the total count of matches (the
   * paging rule of every adapter: `pageWindow`). `from` may alias the table, e.g. `enterprises e`.
   */
  async page<R>(
    codec: TableCodec<R>,
    where: WhereClause,
    order: string,
    query: { limit?: number; offset?: number },
    from = codec.table,
  ): Promise<Page<R>> {
    const { limit, offset } = pageWindow(query);
    const total = Number(await this.scalar(`SELECT COUNT(*) FROM ${from} ${where}`, where.params));
    if (offset >= total) return { items: [], total };
    const page = where.page(limit, offset);
    const rows = await this.rows(
      `SELECT ${codec.selectList} FROM ${from} ${where} ORDER BY ${order} ${page}`,
      where.params,
    );
    return { items: rows.map((row) => codec.decode(row, postgres)), total };
  }

  /** Runs a write; answers how many rows it changed. */
  async run(text: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await this.query(text, params)).rowCount ?? 0;
  }

  private async query(text: string, params: readonly SqlValue[]): Promise<pg.QueryResult<SqlRow>> {
    try {
      return await this.db.query<SqlRow>(text, [...params]);
    } catch (error) {
      throw asDomainError(error);
    }
  }
}
