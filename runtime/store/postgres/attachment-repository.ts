import type { AttachmentRecord } from '../records.js';
import type { AttachmentRepository } from '../store.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import type { Sql } from './sql.js';
import { attachmentsTable } from '../sql/attachment-tables.js';

const t = attachmentsTable;

export class PostgresAttachmentRepository implements AttachmentRepository {
  constructor(private readonly sql: Sql) {}

  async get(id: string): Promise<AttachmentRecord | null> {
    return this.sql.one(t, 'WHERE id = $1', [id]);
  }

  /** The case's attachments, oldest first. */
  async forCase(caseId: string): Promise<AttachmentRecord[]> {
    return this.sql.many(t, 'WHERE case_id = $1 ORDER BY uploaded_at, id', [caseId]);
  }
}

const attach = insertSql(t, 'ON CONFLICT DO NOTHING');

/** Attachment metadata is idempotent by id. */
export const attachmentMutations: HandlersOf<'attachment.'> = {
  'attachment.insert': async (tx, { record }) => void (await tx.run(attach, rowValues(t, record))),
};
