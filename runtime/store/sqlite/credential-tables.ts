import type { PasswordHistoryRecord, SessionRecord } from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mappings of sessions and password histories (DDL in `schema-v23.ts`). */
export const sessionsTable = defineTable<SessionRecord>('sessions', {
  sid: 'text',
  userId: 'text',
  issuedAt: 'text',
  expiresAt: 'text',
  lastSeenAt: 'text',
  revokedAt: 'text',
});

export const passwordHistoryTable = defineTable<PasswordHistoryRecord>('password_history', {
  userId: 'text',
  hashes: ['hashes_json', 'json'],
});
