import type { ColumnKind, SqlDialect, TableCodec } from '../sql/row-codec.js';
import * as shared from '../sql/row-codec.js';

export type { SqlRow, TableCodec } from '../sql/row-codec.js';
export type SqlValue = string | number | bigint | null;
export type SqlParams = Record<string, SqlValue>;

/**
 * SQLite's side of the shared table maps (`../sql/`): JSON values are TEXT, booleans 0/1,
 * timestamps stay ISO TEXT (they sort as strings); statements name their parameters `@column`.
 */
export const sqlite: SqlDialect<SqlValue> = {
  placeholder: (column) => `@${column}`,
  toSql(kind: ColumnKind, value: unknown): SqlValue {
    if (value === null) return null;
    if (kind === 'json' || kind === 'jsonb') return JSON.stringify(value);
    if (kind === 'bool') return value ? 1 : 0;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return value;
    throw new TypeError(`cannot store ${typeof value} in a ${kind} column`);
  },
  fromSql(kind: ColumnKind, value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (kind === 'json' || kind === 'jsonb') return JSON.parse(String(value));
    if (kind === 'bool') return value === 1 || value === 1n;
    return value;
  },
};

/** `INSERT INTO t (a, b) VALUES (@a, @b)` plus an optional conflict clause. */
export const insertSql = <R>(codec: TableCodec<R>, conflictClause = ''): string =>
  shared.insertSql(codec, sqlite, conflictClause);

/** `INSERT ... ON CONFLICT (keys) DO UPDATE SET` every other column. */
export const upsertSql = <R>(codec: TableCodec<R>, keyColumns: readonly string[]): string =>
  shared.upsertSql(codec, sqlite, keyColumns);
