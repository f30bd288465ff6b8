import type { PasswordHistoryRecord, SessionRecord } from '../records.js';
import { defineDoc } from './document-codec.js';
import { collectionSchema } from './mongo-schema.js';

/** Sessions and password histories (the SQLite adapter's `credential-tables.ts`). */
export const sessionDocs = defineDoc<SessionRecord>(
  'sessions',
  {
    sid: 'plain',
    userId: 'plain',
    issuedAt: 'plain',
    expiresAt: 'plain',
    lastSeenAt: 'plain',
    revokedAt: 'plain',
  },
  (r) => r.sid,
);

export const passwordHistoryDocs = defineDoc<PasswordHistoryRecord>(
  'password_history',
  { userId: 'plain', hashes: 'plain' },
  (r) => r.userId,
);

export const credentialSchemas = {
  sessions: collectionSchema(
    'sessions',
    {
      sid: String,
      userId: String,
      issuedAt: String,
      expiresAt: String,
      lastSeenAt: String,
      revokedAt: String,
    },
    [{ fields: { expiresAt: 1 } }],
  ),
  password_history: collectionSchema('password_history', { userId: String, hashes: [String] }, []),
};
