import type { SupervisionOrderRecord } from '../records.js';
import type { Page, SupervisionQuery, SupervisionRepository } from '../store.js';
import type { SqlReader } from './sql-reader.js';
import { supervisionOrdersTable } from './supervision-tables.js';
import { CaseTableRepository } from './table-repository.js';
import { WhereClause } from './where-clause.js';

/** 督办单 / 领导批示 on either SQL adapter. */
export class SqlSupervisionRepository
  extends CaseTableRepository<SupervisionOrderRecord>
  implements SupervisionRepository
{
  /** `forCase`: the case's orders, oldest issued first. */
  constructor(sql: SqlReader) {
    super(sql, supervisionOrdersTable, 'issued_at, id');
  }

  /**
   * Orders matching every given filter, newest issued first. `overdueAt` means open and due strictly
   * before it; an empty `targetGroups` list matches nothing.
   */
  async list(query: SupervisionQuery): Promise<Page<SupervisionOrderRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', query.jurisdiction)
      .equals('status', query.status)
      .equals('kind', query.kind);
    if (query.targetGroups !== undefined)
      where.and(this.sql.conditions.oneOf(where, 'target_group', query.targetGroups));
    if (query.overdueAt !== undefined)
      where.and(`status = 'open' AND due_at < ${where.param(query.overdueAt)}`);
    return this.sql.page(this.table, where, 'issued_at DESC, id DESC', query);
  }
}
