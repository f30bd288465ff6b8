import type { AttachmentRecord } from '../records.js';
import type { AttachmentRepository } from '../store.js';
import { attachmentsTable } from './attachment-tables.js';
import type { SqlReader } from './sql-reader.js';
import { TableRepository } from './table-repository.js';

export class SqlAttachmentRepository
  extends TableRepository<AttachmentRecord>
  implements AttachmentRepository
{
  constructor(sql: SqlReader) {
    super(sql, attachmentsTable);
  }

  /** The case's attachments, oldest first. */
  async forCase(caseId: string): Promise<AttachmentRecord[]> {
    return this.sql.many(this.table, 'WHERE case_id = $1 ORDER BY uploaded_at, id', [caseId]);
  }
}
