import { docsFor } from './document-codec.js';
import { collectionSchema } from './mongo-schema.js';
import { passwordHistoryTable, sessionsTable } from '../sql/credential-tables.js';

/** Sessions and password histories (the SQLite adapter's `credential-tables.ts`). */
export const sessionDocs = docsFor(sessionsTable, (r) => r.sid);

export const passwordHistoryDocs = docsFor(passwordHistoryTable, (r) => r.userId);

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
