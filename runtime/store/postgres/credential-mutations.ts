import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql, upsertSql } from './row-codec.js';
import { sessionsTable } from '../sql/credential-tables.js';
import { passwordHistoryTable } from '../sql/credential-tables.js';

const sql = {
  open: insertSql(sessionsTable, 'ON CONFLICT (sid) DO NOTHING'),
  touch: 'UPDATE sessions SET last_seen_at = $1 WHERE sid = $2 AND last_seen_at < $1',
  revoke: 'UPDATE sessions SET revoked_at = $1 WHERE sid = $2 AND revoked_at IS NULL',
  history: upsertSql(passwordHistoryTable, ['user_id']),
};

/** Session and password-history writes; touches only move forward, the first revocation counts. */
export const credentialMutations: HandlersOf<'session.' | 'passwordHistory.'> = {
  'session.open': writeRecord(sql.open, sessionsTable),
  'session.touch': async (tx, { sid, at }) => void (await tx.run(sql.touch, [at, sid])),
  'session.revoke': async (tx, { sid, at }) => void (await tx.run(sql.revoke, [at, sid])),
  'passwordHistory.set': writeRecord(sql.history, passwordHistoryTable),
};
