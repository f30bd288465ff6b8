import type { AuditRecord } from '../audit.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the audit log (DDL in `schema-v7.ts`); `seq` keeps the append order. */
export const auditTable = defineTable<AuditRecord>('audit_log', {
  id: 'text',
  at: 'text',
  jurisdiction: 'text',
  actorId: 'text',
  actorName: 'text',
  action: 'text',
  method: 'text',
  path: 'text',
  target: 'text',
  status: 'number',
  requestId: 'text',
  before: ['before_json', 'json'],
  after: ['after_json', 'json'],
});
