import { SqlReader, type SqlConditions, type SqlParam } from '../sql/sql-reader.js';
import { numbered, sqlite, type SqlRow } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

/** SQLite's side of the shared filters: JSON lists are TEXT, read with `json_each`. */
const sqliteConditions: SqlConditions = {
  listHas: (column, placeholder) =>
    `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ${placeholder})`,
  contains: (column, placeholder) => `instr(${column}, ${placeholder}) > 0`,
  oneOf: (where, column, values) =>
    `${column} IN (SELECT value FROM json_each(${where.param(JSON.stringify(values))}))`,
};

/** The shared SQL repositories' reads on SQLite: `$1`, `$2`… bound by name. */
export class SqliteReader extends SqlReader {
  readonly dialect = sqlite;
  readonly conditions = sqliteConditions;

  constructor(private readonly sql: StatementCache) {
    super();
  }

  async rows(text: string, params: readonly SqlParam[] = []): Promise<SqlRow[]> {
    return this.sql.get(text).all(numbered(params));
  }

  /** One row, or undefined (stepping the statement once). */
  override async row(text: string, params: readonly SqlParam[] = []): Promise<SqlRow | undefined> {
    return this.sql.get(text).get(numbered(params));
  }
}
