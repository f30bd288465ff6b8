import { updateByKey, type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import { policyNoticesTable as t } from '../sql/policy-notice-tables.js';
import { policyNoticeTarget as noticeTarget } from '../sql/update-targets.js';

const insertNotice = insertSql(t, 'ON CONFLICT DO NOTHING');
/** A push keyed by an existing id writes nothing; delivery and receipt patch an existing notice. */
export const policyNoticeMutations: HandlersOf<'policyNotice.'> = {
  'policyNotice.insert': writeRecord(insertNotice, t),
  'policyNotice.update': (tx, { id, patch }) => updateByKey(tx, noticeTarget, id, patch),
};
