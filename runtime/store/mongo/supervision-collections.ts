import { docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import { attachmentsTable } from '../sql/attachment-tables.js';
import { supervisionOrdersTable } from '../sql/supervision-tables.js';
import { visitsTable } from '../sql/visit-tables.js';

/** Documents of supervision orders, visits and attachments (SQLite: supervision/visit/attachment tables). */
export const supervisionDocs = docsFor(supervisionOrdersTable, (r) => r.id);

export const visitDocs = docsFor(visitsTable, (r) => r.id);

export const attachmentDocs = docsFor(attachmentsTable, (r) => r.id);

export const supervisionSchemas = {
  supervision_orders: tableSchema(supervisionOrdersTable, {}, [
    { fields: { jurisdiction: 1, status: 1, dueAt: 1 } },
    { fields: { jurisdiction: 1, issuedAt: -1, _id: -1 } },
    { fields: { caseId: 1, issuedAt: 1 } },
  ]),
  visits: tableSchema(visitsTable, {}, [
    { fields: { jurisdiction: 1, at: -1, _id: -1 } },
    { fields: { enterpriseId: 1, at: -1 } },
    { fields: { staffId: 1, at: -1 } },
  ]),
  attachments: tableSchema(attachmentsTable, {}, [{ fields: { caseId: 1, uploadedAt: 1 } }]),
};
