import type { ColumnKind, SqlDialect, TableCodec } from '../sql/row-codec.js';
import { rowValues } from '../sql/row-codec.js';

export { insertSql, upsertSql, type SqlRow, type TableCodec } from '../sql/row-codec.js';
export type SqlValue = string | number | bigint | null;
export type SqlParams = Record<string, SqlValue>;

/**
 * SQLite's side of the shared table maps (`../sql/`): JSON values are TEXT, booleans 0/1,
 * timestamps stay ISO TEXT (they sort as strings).
 */
export const sqlite: SqlDialect<SqlValue> = {
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

/** The parameters of `insertSql` / `upsertSql` for a whole record: `$1`, `$2`… bound by name. */
export function rowParams<R>(codec: TableCodec<R>, record: R): SqlParams {
  return numbered(rowValues(codec, record, sqlite));
}

/** `{ 1: first, 2: second, … }`: the names SQLite gives `$1`, `$2`…. */
export function numbered<V>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(values.map((value, i) => [String(i + 1), value]));
}
