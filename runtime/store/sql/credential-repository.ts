import type { PasswordHistoryRecord, SessionRecord } from '../records.js';
import type { CredentialRepository } from '../store.js';
import { passwordHistoryTable, sessionsTable } from './credential-tables.js';
import type { SqlReader } from './sql-reader.js';

export class SqlCredentialRepository implements CredentialRepository {
  constructor(private readonly sql: SqlReader) {}

  async session(sid: string): Promise<SessionRecord | null> {
    return this.sql.one(sessionsTable, 'WHERE sid = $1', [sid]);
  }

  async passwordHistory(userId: string): Promise<PasswordHistoryRecord | null> {
    return this.sql.one(passwordHistoryTable, 'WHERE user_id = $1', [userId]);
  }
}
