import type { SqlRow, SqlValue } from './sql.js';

/**
 * Maps a record type onto one table: field -> column and how the value is stored.
 * - `time`: timestamptz; ISO-8601 strings at the port (the pool parses timestamptz back to
 *   `toISOString()` form, see `pool.ts`), so ranges compare instants, not text;
 * - `json`: a JSON document kept verbatim (key order is meaning in form schemas and engine state);
 * - `jsonb`: a list of strings, searchable (`?`, `?|`) and GIN-indexable;
 * - `int` / `real` / `bool` / `text` as named.
 */
export type ColumnKind = 'text' | 'int' | 'real' | 'bool' | 'time' | 'json' | 'jsonb';

/** Every field of `R` with its kind; the column is the snake_case field name unless given explicitly. */
type Columns<R> = {
  readonly [K in keyof R & string]-?: ColumnKind | readonly [column: string, kind: ColumnKind];
};

interface Field {
  readonly field: string;
  readonly column: string;
  readonly kind: ColumnKind;
}

export interface TableCodec<R> {
  readonly table: string;
  /** `a, b, c` — every column, for SELECT lists. */
  readonly selectList: string;
  readonly columnNames: readonly string[];
  /** Record field names, in column order. */
  readonly fields: readonly string[];
  /** Column for a record field; throws on an unknown field. */
  column(field: string): string;
  /** Column -> parameter value for the fields present in `record`, in column order. */
  encode(record: Partial<R>): Map<string, SqlValue>;
  decode(row: SqlRow): R;
}

export function defineTable<R>(table: string, columns: Columns<R>): TableCodec<R> {
  const specs: Record<string, ColumnKind | readonly [string, ColumnKind]> = columns;
  const fields: Field[] = Object.entries(specs).map(([field, spec]) =>
    typeof spec === 'string'
      ? { field, column: snakeCase(field), kind: spec }
      : { field, column: spec[0], kind: spec[1] },
  );
  const byField = new Map(fields.map((f) => [f.field, f]));
  return {
    table,
    selectList: fields.map((f) => f.column).join(', '),
    columnNames: fields.map((f) => f.column),
    fields: fields.map((f) => f.field),
    column(field) {
      const f = byField.get(field);
      if (!f) throw new Error(`${table}: unknown field ${field}`);
      return f.column;
    },
    encode(record) {
      const values = new Map<string, SqlValue>();
      const given = record as Record<string, unknown>;
      for (const f of fields)
        if (given[f.field] !== undefined) values.set(f.column, toSql(f.kind, given[f.field]));
      return values;
    },
    decode(row) {
      const record: Record<string, unknown> = {};
      for (const f of fields) record[f.field] = fromSql(f.kind, row[f.column]);
      return record as R;
    },
  };
}

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function toSql(kind: ColumnKind, value: unknown): SqlValue {
  if (value === null) return null;
  if (kind === 'json' || kind === 'jsonb') return JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new TypeError(`cannot store ${typeof value} in a ${kind} column`);
}

function fromSql(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'int' || kind === 'real') return Number(value);
  return value; // json/jsonb arrive parsed, timestamptz as ISO strings, booleans as booleans
}

/** `INSERT INTO t (a, b) VALUES ($1, $2)` for every column, plus an optional conflict clause. */
export function insertSql<R>(codec: TableCodec<R>, conflictClause = ''): string {
  const cols = codec.columnNames;
  const placeholders = cols.map((_, i) => `$${i + 1}`).join(', ');
  return `INSERT INTO ${codec.table} (${cols.join(', ')}) VALUES (${placeholders}) ${conflictClause}`.trim();
}

/** `INSERT ... ON CONFLICT (keys) DO UPDATE SET` every other column. */
export function upsertSql<R>(codec: TableCodec<R>, keyColumns: readonly string[]): string {
  const sets = codec.columnNames.filter((c) => !keyColumns.includes(c)).map((c) => `${c} = EXCLUDED.${c}`);
  const action = sets.length ? `DO UPDATE SET ${sets.join(', ')}` : 'DO NOTHING';
  return insertSql(codec, `ON CONFLICT (${keyColumns.join(', ')}) ${action}`);
}

/** The parameters of `insertSql` / `upsertSql` for a whole record, in column order. */
export function rowValues<R>(codec: TableCodec<R>, record: R): SqlValue[] {
  const values = codec.encode(record);
  return codec.columnNames.map((c) => values.get(c) ?? null);
}
