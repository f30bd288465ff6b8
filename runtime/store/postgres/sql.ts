import type pg from 'pg';
import { asDomainError } from './pg-errors.js';
import { SqlReader, type SqlConditions, type SqlParam } from '../sql/sql-reader.js';
import { postgres } from './row-codec.js';

/** A query parameter as node-postgres sends it (arrays become PostgreSQL arrays). */
export type SqlValue = SqlParam;
export type SqlRow = Record<string, unknown>;

/** PostgreSQL's side of the shared filters: JSON lists are jsonb (`?`), lists bind as arrays. */
const postgresConditions: SqlConditions = {
  listHas: (column, placeholder) => `${column} ? ${placeholder}`,
  contains: (column, placeholder) => `strpos(${column}, ${placeholder}) > 0`,
  oneOf: (where, column, values) => `${column} = ANY(${where.param(values)}::text[])`,
};

/** What runs a query: the pool (reads, one statement each) or one transaction's client (writes). */
export interface Queryable {
  query<R extends pg.QueryResultRow = SqlRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/**
 * Thin helpers over a `Queryable`, the PostgreSQL counterpart of the SQLite `StatementCache`: the
 * shared reads (`SqlReader`) plus writes.
 */
export class Sql extends SqlReader {
  readonly dialect = postgres;
  readonly conditions = postgresConditions;

  constructor(private readonly db: Queryable) {
    super();
  }

  async rows(text: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    return (await this.query(text, params)).rows;
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
