import type { AttachmentRecord, CaseUnitRecord } from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the attachment and case-unit tables (DDL: `sqlite/schema-v8.ts`, `postgres/schema-case-kpi.ts`). */
export const attachmentsTable = defineTable<AttachmentRecord>('attachments', {
  id: 'text',
  caseId: 'text',
  jurisdiction: 'text',
  fileName: 'text',
  contentType: 'text',
  size: 'int',
  sha256: 'text',
  uploadedBy: 'text',
  uploadedAt: 'time',
});

export const caseUnitsTable = defineTable<CaseUnitRecord>('case_units', {
  caseId: 'text',
  jurisdiction: 'text',
  orgUnitId: 'text',
});
