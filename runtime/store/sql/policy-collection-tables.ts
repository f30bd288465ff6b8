import type { PolicyCollectionRecord } from '../policy-collections.js';
import { defineTable } from './row-codec.js';

/** Column mapping of 每月政策收集 (DDL: `sqlite/schema-v34.ts`, `postgres/schema-policy-collections.ts`). */
export const policyCollectionsTable = defineTable<PolicyCollectionRecord>('policy_collections', {
  id: 'text',
  jurisdiction: 'text',
  month: 'text',
  group: ['collecting_group', 'text'],
  recordedBy: 'text',
  recordedAt: 'time',
  policyIds: 'jsonb',
  note: 'text',
});
