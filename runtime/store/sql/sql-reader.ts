import type { SqlRow, TableCodec } from './row-codec.js';

/** A query parameter both SQL adapters bind as it is. */
export type SqlParam = string | number | null;

/**
 * The reads a repository shared by the SQL adapters runs. Texts number their parameters `$1`, `$2`…:
 * PostgreSQL's own form, and SQLite binds `$n` by name (`sqlite/sqlite-reader.ts`).
 */
export interface SqlReader {
  rows(text: string, params?: readonly SqlParam[]): Promise<SqlRow[]>;
  /** `SELECT <every column> FROM <table> <rest>`: the first record, or null. */
  one<R>(codec: TableCodec<R>, rest: string, params?: readonly SqlParam[]): Promise<R | null>;
  /** `SELECT <every column> FROM <table> <rest>`: every record. */
  many<R>(codec: TableCodec<R>, rest: string, params?: readonly SqlParam[]): Promise<R[]>;
}
