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

/** A repository over a table of records that belong to a case: also a case's records in `caseOrder`. */
export class CaseTableRepository<R> extends TableRepository<R> {
  constructor(
    sql: SqlReader,
    table: TableCodec<R>,
    private readonly caseOrder: string,
  ) {
    super(sql, table);
  }

  async forCase(caseId: string): Promise<R[]> {
    return this.sql.many(this.table, `WHERE case_id = $1 ORDER BY ${this.caseOrder}`, [caseId]);
  }
}
