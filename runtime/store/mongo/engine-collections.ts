import { compositeId, docsFor } from './document-codec.js';
import { collectionSchema, Mixed } from './mongo-schema.js';
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
  engine_instances: collectionSchema(
    'engine_instances',
    {
      instanceKey: String,
      processKey: String,
      businessKey: String,
      status: String,
      state: Mixed,
      variables: Mixed,
      rev: Number,
      updatedAt: String,
    },
    [{ fields: { businessKey: 1, updatedAt: -1 } }, { fields: { status: 1, instanceKey: 1 } }],
  ),
  timers: collectionSchema(
    'timers',
    { instanceKey: String, timerKey: String, elementId: String, dueAt: String },
    [{ fields: { dueAt: 1, instanceKey: 1, timerKey: 1 } }, { fields: { instanceKey: 1, dueAt: 1 } }],
  ),
  jobs: collectionSchema(
    'jobs',
    {
      jobKey: String,
      instanceKey: String,
      businessKey: String,
      type: String,
      elementId: String,
      retries: Number,
      status: String,
      variables: Mixed,
      headers: Mixed,
      runAfter: String,
      error: String,
      createdAt: String,
    },
    [{ fields: { status: 1, runAfter: 1, createdAt: 1 } }, { fields: { instanceKey: 1, createdAt: 1 } }],
  ),
  subscriptions: collectionSchema(
    'subscriptions',
    { instanceKey: String, elementId: String, messageName: String, correlationKey: String },
    [{ fields: { messageName: 1, correlationKey: 1 } }, { fields: { instanceKey: 1 } }],
  ),
  buffered_messages: collectionSchema(
    'buffered_messages',
    { id: String, messageName: String, correlationKey: String, variables: Mixed, expiresAt: String },
    [{ fields: { messageName: 1, correlationKey: 1, expiresAt: 1 } }],
  ),
  outbox: collectionSchema(
    'outbox',
    { id: String, topic: String, payload: Mixed, createdAt: String, deliveredAt: String },
    [{ fields: { deliveredAt: 1, createdAt: 1 } }, { fields: { topic: 1, deliveredAt: 1, createdAt: 1 } }],
  ),
  engine_cursors: collectionSchema(
    'engine_cursors',
    { name: String, position: Number, updatedAt: String },
    [],
  ),
};
