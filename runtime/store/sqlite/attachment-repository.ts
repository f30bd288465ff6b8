import type { AttachmentRecord } from '../records.js';
import type { AttachmentRepository } from '../store.js';
import { attachmentsTable as t } from '../sql/attachment-tables.js';
import type { StatementCache } from './statement-cache.js';
import { sqlite } from './row-codec.js';

export class SqliteAttachmentRepository implements AttachmentRepository {
  constructor(private readonly sql: StatementCache) {}

  async get(id: string): Promise<AttachmentRecord | null> {
    const row = this.sql.row(`SELECT ${t.selectList} FROM attachments WHERE id = ?`, id);
    return row ? t.decode(row, sqlite) : null;
  }

  async forCase(caseId: string): Promise<AttachmentRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM attachments WHERE case_id = ? ORDER BY uploaded_at, id`,
      caseId,
    );
    return rows.map((row) => t.decode(row, sqlite));
  }
}
