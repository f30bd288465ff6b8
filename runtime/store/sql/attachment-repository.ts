import type { AttachmentRecord } from '../records.js';
import type { AttachmentRepository } from '../store.js';
import { attachmentsTable } from './attachment-tables.js';
import type { SqlReader } from './sql-reader.js';
import { CaseTableRepository } from './table-repository.js';

/** Attachment metadata by id, and a case's attachments oldest first. */
export class SqlAttachmentRepository
  extends CaseTableRepository<AttachmentRecord>
  implements AttachmentRepository
{
  constructor(sql: SqlReader) {
    super(sql, attachmentsTable, 'uploaded_at, id');
  }
}
