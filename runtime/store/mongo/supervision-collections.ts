import { docsFor } from './document-codec.js';
import { collectionSchema } from './mongo-schema.js';
import { attachmentsTable } from '../sql/attachment-tables.js';
import { supervisionOrdersTable } from '../sql/supervision-tables.js';
import { visitsTable } from '../sql/visit-tables.js';

/** Documents of supervision orders, visits and attachments (SQLite: supervision/visit/attachment tables). */
export const supervisionDocs = docsFor(supervisionOrdersTable, (r) => r.id);

export const visitDocs = docsFor(visitsTable, (r) => r.id);

export const attachmentDocs = docsFor(attachmentsTable, (r) => r.id);

export const supervisionSchemas = {
  supervision_orders: collectionSchema(
    'supervision_orders',
    {
      id: String,
      jurisdiction: String,
      caseId: String,
      issuedBy: String,
      issuedAt: String,
      kind: String,
      instruction: String,
      targetGroup: String,
      dueAt: String,
      status: String,
      answeredAt: String,
      answeredBy: String,
      answer: String,
    },
    [
      { fields: { jurisdiction: 1, status: 1, dueAt: 1 } },
      { fields: { jurisdiction: 1, issuedAt: -1, _id: -1 } },
      { fields: { caseId: 1, issuedAt: 1 } },
    ],
  ),
  visits: collectionSchema(
    'visits',
    {
      id: String,
      jurisdiction: String,
      enterpriseId: String,
      staffId: String,
      kind: String,
      at: String,
      items: [String],
      notes: String,
      caseId: String,
    },
    [
      { fields: { jurisdiction: 1, at: -1, _id: -1 } },
      { fields: { enterpriseId: 1, at: -1 } },
      { fields: { staffId: 1, at: -1 } },
    ],
  ),
  attachments: collectionSchema(
    'attachments',
    {
      id: String,
      caseId: String,
      jurisdiction: String,
      fileName: String,
      contentType: String,
      size: Number,
      sha256: String,
      uploadedBy: String,
      uploadedAt: String,
    },
    [{ fields: { caseId: 1, uploadedAt: 1 } }],
  ),
};
