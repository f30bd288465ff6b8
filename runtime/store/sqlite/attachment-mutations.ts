import { attachmentsTable, caseUnitsTable } from '../sql/attachment-tables.js';
import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, upsertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

type Handlers = Pick<MutationHandlers, 'attachment.insert' | 'caseUnit.set'>;

const sql = {
  attach: insertSql(attachmentsTable, 'ON CONFLICT DO NOTHING'),
  unit: upsertSql(caseUnitsTable, ['case_id']),
};

/** Attachment metadata (idempotent by id) and the case's handling unit (last one wins). */
export function attachmentMutations(db: StatementCache): Handlers {
  return {
    'attachment.insert': ({ record }) => void db.run(sql.attach, rowParams(attachmentsTable, record)),
    'caseUnit.set': ({ record }) => void db.run(sql.unit, rowParams(caseUnitsTable, record)),
  };
}
