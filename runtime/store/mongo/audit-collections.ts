import { docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import { auditTable } from '../sql/audit-tables.js';

/** The audit log; `_seq` keeps the append order (newest first = `_seq` descending). */
export const auditDocs = docsFor(auditTable, (r) => r.id);

export const auditSchemas = {
  audit_log: tableSchema(auditTable, { _seq: Number }, [
    { fields: { _seq: -1 } },
    { fields: { jurisdiction: 1, _seq: -1 } },
    { fields: { actorId: 1, _seq: -1 } },
  ]),
};
