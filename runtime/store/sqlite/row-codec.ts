/**
 * Maps a record type onto one table: field -> column name and how the value is stored.
 * JSON values are TEXT, booleans are 0/1, timestamps stay ISO TEXT (they sort as strings).
 */
export type ColumnKind = 'text' | 'number' | 'json' | 'bool';
export type SqlValue = string | number | bigint | null;
export type SqlParams = Record<string, SqlValue>;
export type SqlRow = Record<string, unknown>;

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
  /** Named parameters (`@column`) for the fields present in `record`. */
  encode(record: Partial<R>): SqlParams;
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
      const params: SqlParams = {};
      for (const [field, value] of Object.entries(record)) {
        const f = byField.get(field);
        if (f && value !== undefined) params[f.column] = toSql(f.kind, value);
      }
      return params;
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
  if (kind === 'json') return JSON.stringify(value);
  if (kind === 'bool') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return value;
  throw new TypeError(`cannot store ${typeof value} in a ${kind} column`);
}

function fromSql(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'json') return JSON.parse(String(value));
  if (kind === 'bool') return value === 1 || value === 1n;
  return value;
}

/** `INSERT INTO t (a, b) VALUES (@a, @b)` plus an optional conflict clause. */
export function insertSql<R>(codec: TableCodec<R>, conflictClause = ''): string {
  const cols = codec.columnNames;
  return `INSERT INTO ${codec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')}) ${conflictClause}`.trim();
}

/** `INSERT ... ON CONFLICT (keys) DO UPDATE SET` every other column. */
export function upsertSql<R>(codec: TableCodec<R>, keyColumns: readonly string[]): string {
  const sets = codec.columnNames.filter((c) => !keyColumns.includes(c)).map((c) => `${c} = excluded.${c}`);
  const action = sets.length ? `DO UPDATE SET ${sets.join(', ')}` : 'DO NOTHING';
  return insertSql(codec, `ON CONFLICT (${keyColumns.join(', ')}) ${action}`);
}
