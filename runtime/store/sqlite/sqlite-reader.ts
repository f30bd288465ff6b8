import type { SqlParam, SqlReader } from '../sql/sql-reader.js';
import { numbered, sqlite, type SqlRow, type TableCodec } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

/** The shared SQL repositories' reads on SQLite: `$1`, `$2`… bound by name. */
export class SqliteReader implements SqlReader {
  constructor(private readonly sql: StatementCache) {}

  async rows(text: string, params: readonly SqlParam[] = []): Promise<SqlRow[]> {
    return this.sql.get(text).all(numbered(params));
  }

  async one<R>(codec: TableCodec<R>, rest: string, params: readonly SqlParam[] = []): Promise<R | null> {
    const row = this.sql.get(`SELECT ${codec.selectList} FROM ${codec.table} ${rest}`).get(numbered(params));
    return row ? codec.decode(row, sqlite) : null;
  }

  async many<R>(codec: TableCodec<R>, rest: string, params: readonly SqlParam[] = []): Promise<R[]> {
    const rows = await this.rows(`SELECT ${codec.selectList} FROM ${codec.table} ${rest}`, params);
    return rows.map((row) => codec.decode(row, sqlite));
  }
}
