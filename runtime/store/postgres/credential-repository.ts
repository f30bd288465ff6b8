import type { PasswordHistoryRecord, SessionRecord } from '../records.js';
import type { CredentialRepository } from '../store.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues, upsertSql } from './row-codec.js';
import type { Sql } from './sql.js';
import { sessionsTable } from '../sql/credential-tables.js';
import { passwordHistoryTable } from '../sql/credential-tables.js';

export class PostgresCredentialRepository implements CredentialRepository {
  constructor(private readonly sql: Sql) {}

  async session(sid: string): Promise<SessionRecord | null> {
    return this.sql.one(sessionsTable, 'WHERE sid = $1', [sid]);
  }

  async passwordHistory(userId: string): Promise<PasswordHistoryRecord | null> {
    return this.sql.one(passwordHistoryTable, 'WHERE user_id = $1', [userId]);
  }
}

const sql = {
  open: insertSql(sessionsTable, 'ON CONFLICT (sid) DO NOTHING'),
  touch: 'UPDATE sessions SET last_seen_at = $1 WHERE sid = $2 AND last_seen_at < $1',
  revoke: 'UPDATE sessions SET revoked_at = $1 WHERE sid = $2 AND revoked_at IS NULL',
  history: upsertSql(passwordHistoryTable, ['user_id']),
};

/** Session and password-history writes; touches only move forward, the first revocation counts. */
export const credentialMutations: HandlersOf<'session.' | 'passwordHistory.'> = {
  'session.open': async (tx, { record }) => void (await tx.run(sql.open, rowValues(sessionsTable, record))),
  'session.touch': async (tx, { sid, at }) => void (await tx.run(sql.touch, [at, sid])),
  'session.revoke': async (tx, { sid, at }) => void (await tx.run(sql.revoke, [at, sid])),
  'passwordHistory.set': async (tx, { record }) =>
    void (await tx.run(sql.history, rowValues(passwordHistoryTable, record))),
};
