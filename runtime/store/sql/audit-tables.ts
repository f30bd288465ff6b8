import type { AuditRecord } from '../audit.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the audit log (DDL: `sqlite/schema-v7.ts`, `postgres/schema-audit.ts`); `seq` keeps the append order. */
export const auditTable = defineTable<AuditRecord>('audit_log', {
  id: 'text',
  at: 'time',
  jurisdiction: 'text',
  actorId: 'text',
  actorName: 'text',
  action: 'text',
  method: 'text',
  path: 'text',
  target: 'text',
  status: 'int',
  requestId: 'text',
  before: ['before_json', 'json'],
  after: ['after_json', 'json'],
});
