import type { SupervisionOrderRecord } from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the supervision-order table (DDL in `schema-v3.ts`). */
export const supervisionOrdersTable = defineTable<SupervisionOrderRecord>('supervision_orders', {
  id: 'text',
  jurisdiction: 'text',
  caseId: 'text',
  issuedBy: 'text',
  issuedAt: 'text',
  kind: 'text',
  instruction: 'text',
  targetGroup: 'text',
  dueAt: 'text',
  status: 'text',
  answeredAt: 'text',
  answeredBy: 'text',
  answer: 'text',
});
