import { compositeId, docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import {
  cursorsTable,
  instancesTable,
  jobsTable,
  messagesTable,
  outboxTable,
  subscriptionsTable,
  timersTable,
} from '../sql/engine-tables.js';

/** Documents of the embedded engine's durable state (the SQLite adapter's `engine-tables.ts`). */
export const instanceDocs = docsFor(instancesTable, (r) => r.instanceKey);

export const timerDocs = docsFor(timersTable, (r) => compositeId(r.instanceKey, r.timerKey));

export const jobDocs = docsFor(jobsTable, (r) => r.jobKey);

export const subscriptionDocs = docsFor(subscriptionsTable, (r) => compositeId(r.instanceKey, r.elementId));

export const messageDocs = docsFor(messagesTable, (r) => r.id);

export const outboxDocs = docsFor(outboxTable, (r) => r.id);

export const cursorDocs = docsFor(cursorsTable, (r) => r.name);

export const engineSchemas = {
  engine_instances: tableSchema(instancesTable, {}, [
    { fields: { businessKey: 1, updatedAt: -1 } },
    { fields: { status: 1, instanceKey: 1 } },
  ]),
  timers: tableSchema(timersTable, {}, [
    { fields: { dueAt: 1, instanceKey: 1, timerKey: 1 } },
    { fields: { instanceKey: 1, dueAt: 1 } },
  ]),
  jobs: tableSchema(jobsTable, {}, [
    { fields: { status: 1, runAfter: 1, createdAt: 1 } },
    { fields: { instanceKey: 1, createdAt: 1 } },
  ]),
  subscriptions: tableSchema(subscriptionsTable, {}, [
    { fields: { messageName: 1, correlationKey: 1 } },
    { fields: { instanceKey: 1 } },
  ]),
  buffered_messages: tableSchema(messagesTable, {}, [
    { fields: { messageName: 1, correlationKey: 1, expiresAt: 1 } },
  ]),
  outbox: tableSchema(outboxTable, {}, [
    { fields: { deliveredAt: 1, createdAt: 1 } },
    { fields: { topic: 1, deliveredAt: 1, createdAt: 1 } },
  ]),
  engine_cursors: tableSchema(cursorsTable, {}, []),
};
