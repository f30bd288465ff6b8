import type { PolicyNoticeRecord } from '../policy-notices.js';
import { defineTable } from './row-codec.js';

/** Column mapping of 政策告知书 (DDL: `sqlite/schema-v28.ts`, `postgres/schema-policy-notices.ts`). */
export const policyNoticesTable = defineTable<PolicyNoticeRecord>('policy_notices', {
  id: 'text',
  jurisdiction: 'text',
  policyId: 'text',
  enterpriseId: 'text',
  officerIds: 'jsonb',
  pushedBy: 'text',
  pushedAt: 'time',
  deliveredAt: 'time',
  deliveredBy: 'text',
  deliveryWay: 'text',
  acknowledgedBy: 'text',
  readAt: 'time',
  readBy: 'text',
});
