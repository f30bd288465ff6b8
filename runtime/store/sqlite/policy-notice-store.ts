import { pageWindow } from '../paging.js';
import {
  type PolicyNoticeQuery,
  type PolicyNoticeRecord,
  type PolicyNoticeRepository,
} from '../policy-notices.js';
import type { Page } from '../store.js';
import { updateByKey, type MutationHandlers } from './mutation-handlers.js';
import { insertSql, sqlite, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import { WhereClause } from './where-clause.js';
import { policyNoticesTable as t } from '../sql/policy-notice-tables.js';
import { policyNoticeTarget as noticeTarget } from '../sql/update-targets.js';

const insertNotice = insertSql(t, 'ON CONFLICT DO NOTHING');
type NoticeHandlers = Pick<MutationHandlers, 'policyNotice.insert' | 'policyNotice.update'>;

/** A push keyed by an existing id writes nothing; delivery and receipt patch an existing notice. */
export function policyNoticeMutations(db: StatementCache): NoticeHandlers {
  return {
    'policyNotice.insert': ({ record }) => void db.run(insertNotice, rowParams(t, record)),
    'policyNotice.update': ({ id, patch }) => updateByKey(db, noticeTarget, id, patch),
  };
}

export class SqlitePolicyNoticeRepository implements PolicyNoticeRepository {
  constructor(private readonly sql: StatementCache) {}

  async get(id: string): Promise<PolicyNoticeRecord | null> {
    const row = this.sql.row(`SELECT ${t.selectList} FROM policy_notices WHERE id = ?`, id);
    return row ? t.decode(row, sqlite) : null;
  }

  async list(query: PolicyNoticeQuery): Promise<Page<PolicyNoticeRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', 'jurisdiction', query.jurisdiction)
      .equals('policy_id', 'policyId', query.policyId)
      .equals('enterprise_id', 'enterpriseId', query.enterpriseId);
    if (query.officerId !== undefined)
      where.and('EXISTS (SELECT 1 FROM json_each(officer_ids) WHERE value = @officerId)', {
        officerId: query.officerId,
      });
    const { limit, offset } = pageWindow(query);
    const total = Number(this.sql.scalar(`SELECT COUNT(*) FROM policy_notices ${where}`, where.params));
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM policy_notices ${where}
       ORDER BY pushed_at DESC, id DESC LIMIT @limit OFFSET @offset`,
      { ...where.params, limit, offset },
    );
    return { items: rows.map((row) => t.decode(row, sqlite)), total };
  }
}
