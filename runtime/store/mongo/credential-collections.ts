import { docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import { passwordHistoryTable, sessionsTable } from '../sql/credential-tables.js';

/** Sessions and password histories (fields from `../sql/credential-tables.ts`). */
export const sessionDocs = docsFor(sessionsTable, (r) => r.sid);

export const passwordHistoryDocs = docsFor(passwordHistoryTable, (r) => r.userId);

export const credentialSchemas = {
  sessions: tableSchema(sessionsTable, {}, [{ fields: { expiresAt: 1 } }]),
  password_history: tableSchema(passwordHistoryTable, { hashes: [String] }, []),
};
