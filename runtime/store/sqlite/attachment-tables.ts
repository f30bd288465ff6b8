import type { AttachmentRecord, CaseUnitRecord } from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the attachment and case-unit tables (DDL in `schema-v8.ts`). */
export const attachmentsTable = defineTable<AttachmentRecord>('attachments', {
  id: 'text',
  caseId: 'text',
  jurisdiction: 'text',
  fileName: 'text',
  contentType: 'text',
  size: 'number',
  sha256: 'text',
  uploadedBy: 'text',
  uploadedAt: 'text',
});

export const caseUnitsTable = defineTable<CaseUnitRecord>('case_units', {
  caseId: 'text',
  jurisdiction: 'text',
  orgUnitId: 'text',
});
