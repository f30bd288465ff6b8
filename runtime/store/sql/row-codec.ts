/**
 * Maps a record type onto one table, once for both SQL adapters: field -> column and what the
 * value is. How a kind is stored is the dialect's business (`SqlDialect`, one per adapter):
 * - `time`: an ISO-8601 instant at the port (SQLite TEXT, PostgreSQL timestamptz);
 * - `json`: a JSON document kept verbatim (key order is meaning in form schemas and engine state);
 * - `jsonb`: a list of strings, searchable in PostgreSQL (`?`, `?|`, GIN); JSON text in SQLite;
 * - `int` / `real` / `bool` / `text` as named.
 */
export type ColumnKind = 'text' | 'int' | 'real' | 'bool' | 'time' | 'json' | 'jsonb';
export type SqlRow = Record<string, unknown>;

/** What differs between SQLite and PostgreSQL when a record becomes a row and back. */
export interface SqlDialect<V> {
  toSql(kind: ColumnKind, value: unknown): V;
  fromSql(kind: ColumnKind, value: unknown): unknown;
}

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
  /** What a record field holds; throws on an unknown field. */
  kind(field: string): ColumnKind;
  /** Column -> parameter value for the fields present in `record`, in column order. */
  encode<V>(record: Partial<R>, dialect: SqlDialect<V>): Record<string, V>;
  decode(row: SqlRow, dialect: SqlDialect<unknown>): R;
}

export function defineTable<R>(table: string, columns: Columns<R>): TableCodec<R> {
  const specs: Record<string, ColumnKind | readonly [string, ColumnKind]> = columns;
  const fields: Field[] = Object.entries(specs).map(([field, spec]) =>
    typeof spec === 'string'
      ? { field, column: snakeCase(field), kind: spec }
      : { field, column: spec[0], kind: spec[1] },
  );
  const byField = new Map(fields.map((f) => [f.field, f]));
  const fieldOf = (field: string): Field => {
    const f = byField.get(field);
    if (!f) throw new Error(`${table}: unknown field ${field}`);
    return f;
  };
  return {
    table,
    selectList: fields.map((f) => f.column).join(', '),
    columnNames: fields.map((f) => f.column),
    fields: fields.map((f) => f.field),
    column: (field) => fieldOf(field).column,
    kind: (field) => fieldOf(field).kind,
    encode(record, dialect) {
      const values: Record<string, ReturnType<typeof dialect.toSql>> = {};
      const given = record as Record<string, unknown>;
      for (const f of fields)
        if (given[f.field] !== undefined) values[f.column] = dialect.toSql(f.kind, given[f.field]);
      return values;
    },
    decode(row, dialect) {
      const record: Record<string, unknown> = {};
      for (const f of fields) record[f.field] = dialect.fromSql(f.kind, row[f.column]);
      return record as R;
    },
  };
}

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** `INSERT INTO t (a, b) VALUES ($1, $2)` for every column, plus an optional conflict clause. */
export function insertSql<R>(codec: TableCodec<R>, conflictClause = ''): string {
  const cols = codec.columnNames;
  const params = cols.map((_, i) => `$${i + 1}`).join(', ');
  return `INSERT INTO ${codec.table} (${cols.join(', ')}) VALUES (${params}) ${conflictClause}`.trim();
}

/** `INSERT ... ON CONFLICT (keys) DO UPDATE SET` every other column. */
export function upsertSql<R>(codec: TableCodec<R>, keyColumns: readonly string[]): string {
  const sets = codec.columnNames.filter((c) => !keyColumns.includes(c)).map((c) => `${c} = EXCLUDED.${c}`);
  const action = sets.length ? `DO UPDATE SET ${sets.join(', ')}` : 'DO NOTHING';
  return insertSql(codec, `ON CONFLICT (${keyColumns.join(', ')}) ${action}`);
}

/** The parameters of `insertSql` / `upsertSql` for a whole record, in column order. */
export function rowValues<R, V>(codec: TableCodec<R>, record: R, dialect: SqlDialect<V>): (V | null)[] {
  const values = codec.encode(record, dialect);
  return codec.columnNames.map((c) => values[c] ?? null);
}
