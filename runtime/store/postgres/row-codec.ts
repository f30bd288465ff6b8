import type { ColumnKind, SqlDialect, TableCodec } from '../sql/row-codec.js';
import * as shared from '../sql/row-codec.js';
import type { SqlValue } from './sql.js';

export { insertSql, upsertSql, type TableCodec } from '../sql/row-codec.js';

/**
 * PostgreSQL's side of the shared table maps (`../sql/`): `time` is timestamptz (the pool parses it
 * back to `toISOString()` form, see `pool.ts`, so ranges compare instants, not text), `json` / `jsonb`
 * arrive parsed, booleans are booleans.
 */
export const postgres: SqlDialect<SqlValue> = {
  toSql(kind: ColumnKind, value: unknown): SqlValue {
    if (value === null) return null;
    if (kind === 'json' || kind === 'jsonb') return JSON.stringify(value);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    throw new TypeError(`cannot store ${typeof value} in a ${kind} column`);
  },
  fromSql(kind: ColumnKind, value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (kind === 'int' || kind === 'real') return Number(value);
    return value; // json/jsonb arrive parsed, timestamptz as ISO strings, booleans as booleans
  },
};

/** The parameters of `insertSql` / `upsertSql` for a whole record, in column order. */
export function rowValues<R>(codec: TableCodec<R>, record: R): SqlValue[] {
  return shared.rowValues(codec, record, postgres);
}
