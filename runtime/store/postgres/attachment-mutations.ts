import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import { attachmentsTable } from '../sql/attachment-tables.js';

const t = attachmentsTable;

const attach = insertSql(t, 'ON CONFLICT DO NOTHING');

/** Attachment metadata is idempotent by id. */
export const attachmentMutations: HandlersOf<'attachment.'> = {
  'attachment.insert': writeRecord(attach, t),
};
