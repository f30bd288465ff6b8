import type * as records from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the engine-state tables (DDL: `sqlite/schema-v1.ts`, `postgres/schema-engine.ts`). */
export const instancesTable = defineTable<records.EngineInstanceRecord>('engine_instances', {
  instanceKey: 'text',
  processKey: 'text',
  businessKey: 'text',
  status: 'text',
  state: 'json',
  variables: 'json',
  rev: 'int',
  updatedAt: 'time',
});

export const timersTable = defineTable<records.TimerRecord>('timers', {
  instanceKey: 'text',
  timerKey: 'text',
  elementId: 'text',
  dueAt: 'time',
});

export const jobsTable = defineTable<records.JobRecord>('jobs', {
  jobKey: 'text',
  instanceKey: 'text',
  businessKey: 'text',
  type: 'text',
  elementId: 'text',
  retries: 'int',
  status: 'text',
  variables: 'json',
  headers: 'json',
  runAfter: 'time',
  error: 'text',
  createdAt: 'time',
});

export const subscriptionsTable = defineTable<records.MessageSubscriptionRecord>('subscriptions', {
  instanceKey: 'text',
  elementId: 'text',
  messageName: 'text',
  correlationKey: 'text',
});

export const messagesTable = defineTable<records.BufferedMessageRecord>('buffered_messages', {
  id: 'text',
  messageName: 'text',
  correlationKey: 'text',
  variables: 'json',
  expiresAt: 'time',
});

export const outboxTable = defineTable<records.OutboxRecord>('outbox', {
  id: 'text',
  topic: 'text',
  payload: 'json',
  createdAt: 'time',
  deliveredAt: 'time',
});

/** DDL: `sqlite/schema-v21.ts`, `postgres/schema-engine.ts`. */
export const cursorsTable = defineTable<records.EngineCursorRecord>('engine_cursors', {
  name: 'text',
  position: 'int',
  updatedAt: 'time',
});
