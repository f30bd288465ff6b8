import type { AttachmentRecord } from '../records.js';
import type { AttachmentRepository } from '../store.js';
import { attachmentsTable } from './attachment-tables.js';
import type { SqlReader } from './sql-reader.js';

const t = attachmentsTable;

export class SqlAttachmentRepository implements AttachmentRepository {
  constructor(private readonly sql: SqlReader) {}

  async get(id: string): Promise<AttachmentRecord | null> {
    return this.sql.one(t, 'WHERE id = $1', [id]);
  }

  /** The case's attachments, oldest first. */
  async forCase(caseId: string): Promise<AttachmentRecord[]> {
    return this.sql.many(t, 'WHERE case_id = $1 ORDER BY uploaded_at, id', [caseId]);
  }
}
