import type { DeliveryRecord, MessageContactRecord, MessageRecord } from '../messages.js';
import { defineTable } from './row-codec.js';

/** 站内信 (DDL: `sqlite/schema-v31.ts`, `postgres/schema-messages.ts`). */
export const messagesTable = defineTable<MessageRecord>('messages', {
  id: 'text',
  jurisdiction: 'text',
  recipient: 'text',
  kind: 'text',
  caseId: 'text',
  taskId: 'text',
  title: 'text',
  body: 'text',
  createdAt: 'time',
  readAt: 'time',
});

/** The notification outbox of outside channels. */
export const deliveriesTable = defineTable<DeliveryRecord>('message_deliveries', {
  id: 'text',
  messageId: 'text',
  jurisdiction: 'text',
  channel: 'text',
  target: 'text',
  state: 'text',
  attempts: 'int',
  nextAttemptAt: 'time',
  lastError: 'text',
  createdAt: 'time',
  sentAt: 'time',
});

export const contactsTable = defineTable<MessageContactRecord>('message_contacts', {
  userId: 'text',
  email: 'text',
  mobile: 'text',
  updatedAt: 'time',
});

/** The writes both SQL adapters run ($n parameters, bound by name on SQLite). */
export const messageWrites = {
  /** First read counts; an unknown id or a read message changes nothing. */
  read: 'UPDATE messages SET read_at = $2 WHERE id = $1 AND read_at IS NULL',
  contact: `INSERT INTO message_contacts (user_id, email, mobile, updated_at) VALUES ($1, $2, $3, $4)
    ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, mobile = excluded.mobile, updated_at = excluded.updated_at`,
};
