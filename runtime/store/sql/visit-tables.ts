import type { VisitRecord } from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the service-visit table (DDL: `sqlite/schema-v3.ts`, `postgres/schema-supervision.ts`). */
export const visitsTable = defineTable<VisitRecord>('visits', {
  id: 'text',
  jurisdiction: 'text',
  enterpriseId: 'text',
  staffId: 'text',
  kind: 'text',
  at: 'time',
  items: 'jsonb',
  notes: 'text',
  caseId: 'text',
});
