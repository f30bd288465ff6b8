import { updateByKey, type MutationHandlers } from './mutation-handlers.js';
import { insertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
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
