import type { PasswordHistoryRecord, SessionRecord } from '../records.js';
import type { CredentialRepository } from '../store.js';
import { passwordHistoryTable, sessionsTable } from '../sql/credential-tables.js';
import type { StatementCache } from './statement-cache.js';
import { sqlite } from './row-codec.js';

export class SqliteCredentialRepository implements CredentialRepository {
  constructor(private readonly sql: StatementCache) {}

  async session(sid: string): Promise<SessionRecord | null> {
    const row = this.sql.row(`SELECT ${sessionsTable.selectList} FROM sessions WHERE sid = ?`, sid);
    return row ? sessionsTable.decode(row, sqlite) : null;
  }

  async passwordHistory(userId: string): Promise<PasswordHistoryRecord | null> {
    const row = this.sql.row(
      `SELECT ${passwordHistoryTable.selectList} FROM password_history WHERE user_id = ?`,
      userId,
    );
    return row ? passwordHistoryTable.decode(row, sqlite) : null;
  }
}
