import type { SavedQueryRecord } from '../saved-queries.js';
import { defineTable } from './row-codec.js';

/** Column mapping of saved 台账 queries (DDL: `sqlite/schema-v30.ts`, `postgres/schema-case-ledger.ts`). */
export const savedQueriesTable = defineTable<SavedQueryRecord>('saved_queries', {
  id: 'text',
  userId: 'text',
  jurisdiction: 'text',
  name: 'text',
  query: 'json',
  createdAt: 'time',
});
