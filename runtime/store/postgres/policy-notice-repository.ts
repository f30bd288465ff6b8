import {
  type PolicyNoticeQuery,
  type PolicyNoticeRecord,
  type PolicyNoticeRepository,
} from '../policy-notices.js';
import type { Page } from '../store.js';
import { updateByKey, type HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import type { Sql } from './sql.js';
import { WhereClause } from './where-clause.js';
import { policyNoticesTable as t } from '../sql/policy-notice-tables.js';
import { policyNoticeTarget as noticeTarget } from '../sql/update-targets.js';

export class PostgresPolicyNoticeRepository implements PolicyNoticeRepository {
  constructor(private readonly sql: Sql) {}

  async get(id: string): Promise<PolicyNoticeRecord | null> {
    return this.sql.one(t, 'WHERE id = $1', [id]);
  }

  async list(query: PolicyNoticeQuery): Promise<Page<PolicyNoticeRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', query.jurisdiction)
      .equals('policy_id', query.policyId)
      .equals('enterprise_id', query.enterpriseId);
    if (query.officerId !== undefined) where.and(`officer_ids ? ${where.param(query.officerId)}`);
    return this.sql.page(t, where, 'pushed_at DESC, id DESC', query);
  }
}

const insertNotice = insertSql(t, 'ON CONFLICT DO NOTHING');
/** A push keyed by an existing id writes nothing; delivery and receipt patch an existing notice. */
export const policyNoticeMutations: HandlersOf<'policyNotice.'> = {
  'policyNotice.insert': async (tx, { record }) => void (await tx.run(insertNotice, rowValues(t, record))),
  'policyNotice.update': (tx, { id, patch }) => updateByKey(tx, noticeTarget, id, patch),
};
