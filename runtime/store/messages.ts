import type { Page } from './ports/page.js';

/**
 * 站内信: one message to one recipient (a staff member or an enterprise user), written in the same
 * transaction as the case step that caused it (催办, 新任务, 延期申请 …), keyed deterministically by
 * that step so a replayed step writes nothing twice. Only `readAt` ever changes.
 */
export interface MessageRecord {
  id: string;
  jurisdiction: string;
  /** The recipient's user id. */
  recipient: string;
  /** What happened: `urged`, `task.assigned`, `extension.requested` … (`runtime/messages/message-rules.ts`). */
  kind: string;
  caseId: string;
  /** The task the message is about (a new task, the urged task), when there is one. */
  taskId: string | null;
  /** Chinese, names not ids, e.g. `催办：用电问题（第 2 次）`. */
  title: string;
  body: string;
  createdAt: string;
  /** null: unread. */
  readAt: string | null;
}

/** How an outside channel's copy of a message stands: waiting (maybe retrying), sent, or given up (dead letter). */
export type DeliveryState = 'pending' | 'sent' | 'dead';

/**
 * The notification outbox: one row per message and outside channel (e-mail, webhook), written with
 * the message, drained by the delivery worker after the commit — retried with backoff, never
 * blocking the step, marked `dead` after the last attempt (visible to admins).
 */
export interface DeliveryRecord {
  id: string;
  messageId: string;
  jurisdiction: string;
  /** `email` or `webhook` (`runtime/messages/channels/`). */
  channel: string;
  /** The e-mail address, or the webhook's name (its URL stays in the config). */
  target: string;
  state: DeliveryState;
  attempts: number;
  /** When the worker may (next) try; null once sent or dead. */
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type DeliveryPatch = Partial<
  Pick<DeliveryRecord, 'state' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt'>
>;

export const deliveryPatchable = [
  'state',
  'attempts',
  'nextAttemptAt',
  'lastError',
  'sentAt',
] as const satisfies readonly (keyof DeliveryRecord)[];

/** Where a user wants copies of their messages: an e-mail address and a mobile number (for SMS webhooks). */
export interface MessageContactRecord {
  userId: string;
  email: string | null;
  mobile: string | null;
  updatedAt: string;
}

export interface MessageQuery {
  recipient: string;
  /** Only unread messages. */
  unread?: boolean;
  limit?: number;
  offset?: number;
}

export interface DeliveryQuery {
  state?: DeliveryState;
  jurisdiction?: string;
  limit?: number;
  offset?: number;
}

/**
 * Messages, their outside deliveries and recipients' contacts (mutations `inboxMessage.insert`,
 * `inboxMessage.read`, `delivery.insert`, `delivery.update`, `contact.set`).
 */
export interface MessageRepository {
  get(id: string): Promise<MessageRecord | null>;
  /** A recipient's messages, newest first (then id descending). */
  list(query: MessageQuery): Promise<Page<MessageRecord>>;
  unreadCount(recipient: string): Promise<number>;
  delivery(id: string): Promise<DeliveryRecord | null>;
  /** Pending deliveries whose next attempt is due at `now`, earliest first. */
  deliveriesDue(now: string, limit: number): Promise<DeliveryRecord[]>;
  /** Deliveries by state (e.g. the dead letters), newest first. */
  deliveries(query: DeliveryQuery): Promise<Page<DeliveryRecord>>;
  contact(userId: string): Promise<MessageContactRecord | null>;
}
