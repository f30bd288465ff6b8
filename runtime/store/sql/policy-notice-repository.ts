import type { PolicyNoticeQuery, PolicyNoticeRecord, PolicyNoticeRepository } from '../policy-notices.js';
import type { Page } from '../store.js';
import { policyNoticesTable } from './policy-notice-tables.js';
import type { SqlReader } from './sql-reader.js';
import { TableRepository } from './table-repository.js';
import { WhereClause } from './where-clause.js';

/** 政策告知书 on either SQL adapter. */
export class SqlPolicyNoticeRepository
  extends TableRepository<PolicyNoticeRecord>
  implements PolicyNoticeRepository
{
  constructor(sql: SqlReader) {
    super(sql, policyNoticesTable);
  }

  /** Notices matching every given filter, newest pushed first; `officerId`: one of the notice's officers. */
  async list(query: PolicyNoticeQuery): Promise<Page<PolicyNoticeRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', query.jurisdiction)
      .equals('policy_id', query.policyId)
      .equals('enterprise_id', query.enterpriseId);
    if (query.officerId !== undefined)
      where.and(this.sql.conditions.listHas('officer_ids', where.param(query.officerId)));
    return this.sql.page(this.table, where, 'pushed_at DESC, id DESC', query);
  }
}
