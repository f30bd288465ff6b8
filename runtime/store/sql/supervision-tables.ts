import type { SupervisionOrderRecord } from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the supervision-order table (DDL: `sqlite/schema-v3.ts`, `postgres/schema-supervision.ts`). */
export const supervisionOrdersTable = defineTable<SupervisionOrderRecord>('supervision_orders', {
  id: 'text',
  jurisdiction: 'text',
  caseId: 'text',
  issuedBy: 'text',
  issuedAt: 'time',
  kind: 'text',
  instruction: 'text',
  targetGroup: 'text',
  dueAt: 'time',
  status: 'text',
  answeredAt: 'time',
  answeredBy: 'text',
  answer: 'text',
});
