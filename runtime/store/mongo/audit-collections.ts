import { docsFor } from './document-codec.js';
import { collectionSchema, Mixed } from './mongo-schema.js';
import { auditTable } from '../sql/audit-tables.js';

/** The audit log; `_seq` keeps the append order (newest first = `_seq` descending). */
export const auditDocs = docsFor(auditTable, (r) => r.id);

export const auditSchemas = {
  audit_log: collectionSchema(
    'audit_log',
    {
      id: String,
      at: String,
      jurisdiction: String,
      actorId: String,
      actorName: String,
      action: String,
      method: String,
      path: String,
      target: String,
      status: Number,
      requestId: String,
      before: Mixed,
      after: Mixed,
      _seq: Number,
    },
    [
      { fields: { _seq: -1 } },
      { fields: { jurisdiction: 1, _seq: -1 } },
      { fields: { actorId: 1, _seq: -1 } },
    ],
  ),
};
