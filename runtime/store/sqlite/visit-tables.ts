import type { VisitRecord } from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the service-visit table (DDL in `schema-v3.ts`). */
export const visitsTable = defineTable<VisitRecord>('visits', {
  id: 'text',
  jurisdiction: 'text',
  enterpriseId: 'text',
  staffId: 'text',
  kind: 'text',
  at: 'text',
  items: 'json',
  notes: 'text',
  caseId: 'text',
});
