import type { Db } from 'mongodb';
import {
  deliveryPatchable,
  type DeliveryQuery,
  type DeliveryRecord,
  type MessageContactRecord,
  type MessageQuery,
  type MessageRecord,
  type MessageRepository,
} from '../messages.js';
import type { Page } from '../store.js';
import { docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import type { MutationPlanners } from './plan-context.js';
import { DocRepository, equals, Query } from './query.js';
import { contactsTable, deliveriesTable, messagesTable } from '../sql/message-tables.js';

/** 站内信, their outbox and contacts (SQLite: the messages, message_deliveries, message_contacts tables). */
export const messageDocs = docsFor(messagesTable, (r) => r.id);
export const deliveryDocs = docsFor(deliveriesTable, (r) => r.id);
export const contactDocs = docsFor(contactsTable, (r) => r.userId);

export const messageSchemas = {
  messages: tableSchema(messagesTable, {}, [
    { fields: { recipient: 1, createdAt: -1, _id: -1 } },
    { fields: { recipient: 1, readAt: 1 } },
  ]),
  message_deliveries: tableSchema(deliveriesTable, {}, [
    { fields: { state: 1, nextAttemptAt: 1, _id: 1 } },
    { fields: { state: 1, createdAt: -1 } },
  ]),
  message_contacts: tableSchema(contactsTable, {}, []),
};

/** Replays of a step write nothing; the first read counts; a contact is replaced whole. */
export const messagePlanners: Pick<
  MutationPlanners,
  'inboxMessage.insert' | 'inboxMessage.read' | 'delivery.insert' | 'delivery.update' | 'contact.set'
> = {
  'inboxMessage.insert': async ({ record }, plan) => void (await plan.insert(messageDocs, record)),
  'inboxMessage.read': async ({ id, at }, plan) => {
    const message = await plan.view.get(messageDocs.collection, id);
    if (message && message.readAt == null) await plan.setIfExists(messageDocs.collection, id, { readAt: at });
  },
  'delivery.insert': async ({ record }, plan) => void (await plan.insert(deliveryDocs, record)),
  'delivery.update': async ({ id, patch }, plan) =>
    void (await plan.update(deliveryDocs, id, patch, deliveryPatchable, 'delivery')),
  'contact.set': async ({ record }, plan) => plan.put(contactDocs, record),
};

export class MongoMessageRepository extends DocRepository<MessageRecord> implements MessageRepository {
  readonly #deliveries: Query<DeliveryRecord>;
  readonly #contacts: Query<MessageContactRecord>;

  constructor(db: Db) {
    super(db, messageDocs);
    this.#deliveries = new Query(db, deliveryDocs);
    this.#contacts = new Query(db, contactDocs);
  }

  list(query: MessageQuery): Promise<Page<MessageRecord>> {
    const filter: Record<string, unknown> = { recipient: query.recipient };
    if (query.unread) filter.readAt = null;
    return this.q.page(filter, { createdAt: -1, _id: -1 }, query);
  }

  unreadCount(recipient: string): Promise<number> {
    return this.q.count({ recipient, readAt: null });
  }

  delivery(id: string): Promise<DeliveryRecord | null> {
    return this.#deliveries.one({ _id: id });
  }

  deliveriesDue(now: string, limit: number): Promise<DeliveryRecord[]> {
    const filter = { state: 'pending', nextAttemptAt: { $lte: now } };
    return this.#deliveries.many(filter, { nextAttemptAt: 1, _id: 1 }, limit);
  }

  deliveries(query: DeliveryQuery): Promise<Page<DeliveryRecord>> {
    const filter: Record<string, unknown> = {};
    equals(filter, 'state', query.state);
    equals(filter, 'jurisdiction', query.jurisdiction);
    return this.#deliveries.page(filter, { createdAt: -1, _id: -1 }, query);
  }

  contact(userId: string): Promise<MessageContactRecord | null> {
    return this.#contacts.one({ _id: userId });
  }
}
