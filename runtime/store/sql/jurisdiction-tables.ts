import type { JurisdictionRecord } from '../jurisdictions.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the jurisdiction records (DDL: `sqlite/migrations.ts` v33, `postgres/migrations.ts` v18). */
export const jurisdictionsTable = defineTable<JurisdictionRecord>('jurisdictions', {
  id: 'text',
  status: 'text',
  files: ['files_json', 'json'],
  createdFrom: 'text',
  changedAt: 'time',
  changedBy: 'text',
});
