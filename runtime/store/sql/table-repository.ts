import type { SqlReader } from './sql-reader.js';
import type { TableCodec } from './row-codec.js';

/** A repository over one table keyed by `id`: its reader, its table and a record by id (`get`). */
export class TableRepository<R> {
  constructor(
    protected readonly sql: SqlReader,
    protected readonly table: TableCodec<R>,
  ) {}

  async get(id: string): Promise<R | null> {
    return this.sql.one(this.table, 'WHERE id = $1', [id]);
  }
}
