import type { AttachmentRecord, SupervisionOrderRecord, VisitRecord } from '../records.js';
import { defineDoc } from './document-codec.js';
import { collectionSchema } from './mongo-schema.js';

/** Documents of supervision orders, visits and attachments (SQLite: supervision/visit/attachment tables). */
export const supervisionDocs = defineDoc<SupervisionOrderRecord>(
  'supervision_orders',
  {
    id: 'plain',
    jurisdiction: 'plain',
    caseId: 'plain',
    issuedBy: 'plain',
    issuedAt: 'plain',
    kind: 'plain',
    instruction: 'plain',
    targetGroup: 'plain',
    dueAt: 'plain',
    status: 'plain',
    answeredAt: 'plain',
    answeredBy: 'plain',
    answer: 'plain',
  },
  (r) => r.id,
);

export const visitDocs = defineDoc<VisitRecord>(
  'visits',
  {
    id: 'plain',
    jurisdiction: 'plain',
    enterpriseId: 'plain',
    staffId: 'plain',
    kind: 'plain',
    at: 'plain',
    items: 'plain',
    notes: 'plain',
    caseId: 'plain',
  },
  (r) => r.id,
);

export const attachmentDocs = defineDoc<AttachmentRecord>(
  'attachments',
  {
    id: 'plain',
    caseId: 'plain',
    jurisdiction: 'plain',
    fileName: 'plain',
    contentType: 'plain',
    size: 'plain',
    sha256: 'plain',
    uploadedBy: 'plain',
    uploadedAt: 'plain',
  },
  (r) => r.id,
);

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
