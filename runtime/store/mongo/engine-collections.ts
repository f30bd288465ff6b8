import { compositeId, docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import * as tables from '../sql/engine-tables.js';

/** Documents of the embedded engine's durable state (fields from `../sql/engine-tables.ts`). */
export const instanceDocs = docsFor(tables.instancesTable, (r) => r.instanceKey);

export const timerDocs = docsFor(tables.timersTable, (r) => compositeId(r.instanceKey, r.timerKey));

export const jobDocs = docsFor(tables.jobsTable, (r) => r.jobKey);

export const subscriptionDocs = docsFor(tables.subscriptionsTable, (r) =>
  compositeId(r.instanceKey, r.elementId),
);

export const messageDocs = docsFor(tables.messagesTable, (r) => r.id);

export const outboxDocs = docsFor(tables.outboxTable, (r) => r.id);

export const cursorDocs = docsFor(tables.cursorsTable, (r) => r.name);

/** The engine-state collections by the name the engine-state repository reads them under. */
export const engineDocs = {
  instances: instanceDocs,
  timers: timerDocs,
  jobs: jobDocs,
  subs: subscriptionDocs,
  messages: messageDocs,
  outbox: outboxDocs,
  cursors: cursorDocs,
};

export const engineSchemas = {
  engine_instances: tableSchema(tables.instancesTable, {}, [
    { fields: { businessKey: 1, updatedAt: -1 } },
    { fields: { status: 1, instanceKey: 1 } },
  ]),
  timers: tableSchema(tables.timersTable, {}, [
    { fields: { dueAt: 1, instanceKey: 1, timerKey: 1 } },
    { fields: { instanceKey: 1, dueAt: 1 } },
  ]),
  jobs: tableSchema(tables.jobsTable, {}, [
    { fields: { status: 1, runAfter: 1, createdAt: 1 } },
    { fields: { instanceKey: 1, createdAt: 1 } },
  ]),
  subscriptions: tableSchema(tables.subscriptionsTable, {}, [
    { fields: { messageName: 1, correlationKey: 1 } },
    { fields: { instanceKey: 1 } },
  ]),
  buffered_messages: tableSchema(tables.messagesTable, {}, [
    { fields: { messageName: 1, correlationKey: 1, expiresAt: 1 } },
  ]),
  outbox: tableSchema(tables.outboxTable, {}, [
    { fields: { deliveredAt: 1, createdAt: 1 } },
    { fields: { topic: 1, deliveredAt: 1, createdAt: 1 } },
  ]),
  engine_cursors: tableSchema(tables.cursorsTable, {}, []),
};
