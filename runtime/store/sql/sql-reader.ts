import { pageWindow } from '../paging.js';
import type { Page } from '../ports/page.js';
import type { SqlDialect, SqlRow, TableCodec } from './row-codec.js';
import type { WhereClause } from './where-clause.js';

/**
 * A query parameter. Strings, numbers and null bind as they are on both adapters; booleans and
 * arrays only on PostgreSQL (its `SqlConditions` and its own filters make them).
 */
export type SqlParam = string | number | boolean | null | readonly (string | number)[];

/**
 * The count of the rows of `from` matching `where`, at most `countLimit` (a sub-query stopping at
 * the limit instead of counting every match); a limit that is not a positive integer is ignored.
 */
export function countSql(from: string, where: { toString(): string }, countLimit?: number): string {
  const filter = where.toString();
  if (countLimit === undefined || !Number.isSafeInteger(countLimit) || countLimit < 1)
    return `SELECT COUNT(*) FROM ${from} ${filter}`;
  return `SELECT COUNT(*) FROM (SELECT 1 FROM ${from} ${filter} LIMIT ${countLimit}) capped`;
}

/** The conditions of a shared filter whose SQL differs per dialect. */
export interface SqlConditions {
  /** The JSON list of strings in `column` holds the value at `placeholder`. */
  listHas(column: string, placeholder: string): string;
  /** The text in `column` contains the text at `placeholder`. */
  contains(column: string, placeholder: string): string;
  /** `column` is one of `values` (an empty list matches nothing); takes its parameter from `where`. */
  oneOf(where: WhereClause, column: string, values: readonly string[]): string;
}

/**
 * The reads a repository shared by the SQL adapters runs, over the adapter's own `rows`. Texts number
 * their parameters `$1`, `$2`…: PostgreSQL's own form, and SQLite binds `$n` by name
 * (`sqlite/sqlite-reader.ts`).
 */
export abstract class SqlReader {
  abstract readonly dialect: SqlDialect<unknown>;
  abstract readonly conditions: SqlConditions;
  abstract rows(text: string, params?: readonly SqlParam[]): Promise<SqlRow[]>;

  /** One row, or undefined. */
  async row(text: string, params: readonly SqlParam[] = []): Promise<SqlRow | undefined> {
    return (await this.rows(text, params))[0];
  }

  /** The first column of the first row (e.g. a COUNT). */
  async scalar(text: string, params: readonly SqlParam[] = []): Promise<unknown> {
    const row = await this.row(text, params);
    return row === undefined ? undefined : Object.values(row)[0];
  }

  /** `SELECT <every column> FROM <table> <rest>`: the first record, or null. */
  async one<R>(codec: TableCodec<R>, rest: string, params: readonly SqlParam[] = []): Promise<R | null> {
    const row = await this.row(`SELECT ${codec.selectList} FROM ${codec.table} ${rest}`, params);
    return row ? codec.decode(row, this.dialect) : null;
  }

  /** `SELECT <every column> FROM <table> <rest>`: every record. */
  async many<R>(codec: TableCodec<R>, rest: string, params: readonly SqlParam[] = []): Promise<R[]> {
    const rows = await this.rows(`SELECT ${codec.selectList} FROM ${codec.table} ${rest}`, params);
    return rows.map((row) => codec.decode(row, this.dialect));
  }

  /**
   * One page of the records matching `where` in `order`, with the total count of matches (the
   * paging rule of every adapter: `pageWindow`). `from` may alias the table, e.g. `enterprises e`.
   */
  async page<R>(
    codec: TableCodec<R>,
    where: WhereClause,
    order: string,
    query: { limit?: number; offset?: number; countLimit?: number },
    from = codec.table,
  ): Promise<Page<R>> {
    const { limit, offset } = pageWindow(query);
    const total = Number(await this.scalar(countSql(from, where, query.countLimit), where.params));
    if (offset >= total && total !== query.countLimit) return { items: [], total };
    const page = where.page(limit, offset);
    const rows = await this.rows(
      `SELECT ${codec.selectList} FROM ${from} ${where} ORDER BY ${order} ${page}`,
      where.params,
    );
    return { items: rows.map((row) => codec.decode(row, this.dialect)), total };
  }
}
