import { passwordHistoryTable, sessionsTable } from '../sql/credential-tables.js';
import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, upsertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

type CredentialHandlers = Pick<
  MutationHandlers,
  'session.open' | 'session.touch' | 'session.revoke' | 'passwordHistory.set'
>;

const sql = {
  open: insertSql(sessionsTable, 'ON CONFLICT (sid) DO NOTHING'),
  touch: 'UPDATE sessions SET last_seen_at = ? WHERE sid = ? AND last_seen_at < ?',
  revoke: 'UPDATE sessions SET revoked_at = ? WHERE sid = ? AND revoked_at IS NULL',
  history: upsertSql(passwordHistoryTable, ['user_id']),
};

/** Session and password-history writes; touches only move forward, the first revocation counts. */
export function credentialMutations(db: StatementCache): CredentialHandlers {
  return {
    'session.open': ({ record }) => void db.run(sql.open, rowParams(sessionsTable, record)),
    'session.touch': ({ sid, at }) => void db.run(sql.touch, at, sid, at),
    'session.revoke': ({ sid, at }) => void db.run(sql.revoke, at, sid),
    'passwordHistory.set': ({ record }) => void db.run(sql.history, rowParams(passwordHistoryTable, record)),
  };
}
