import type { PasswordHistoryRecord, SessionRecord } from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mappings of sessions and password histories (DDL: `sqlite/schema-v23.ts`, `postgres/schema-credentials.ts`). */
export const sessionsTable = defineTable<SessionRecord>('sessions', {
  sid: 'text',
  userId: 'text',
  issuedAt: 'time',
  expiresAt: 'time',
  lastSeenAt: 'time',
  revokedAt: 'time',
});

export const passwordHistoryTable = defineTable<PasswordHistoryRecord>('password_history', {
  userId: 'text',
  hashes: ['hashes_json', 'json'],
});
