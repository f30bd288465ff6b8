import { updateByKey, type MutationHandlers } from './mutation-handlers.js';
import { insertSql, numbered, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import { deliveriesTable, messagesTable, messageWrites } from '../sql/message-tables.js';
import { deliveryTarget } from '../sql/update-targets.js';

const insertMessage = insertSql(messagesTable, 'ON CONFLICT DO NOTHING');
const insertDelivery = insertSql(deliveriesTable, 'ON CONFLICT DO NOTHING');
type Handlers = Pick<
  MutationHandlers,
  'inboxMessage.insert' | 'inboxMessage.read' | 'delivery.insert' | 'delivery.update' | 'contact.set'
>;

/** 站内信 and their outbox: replays of a step write nothing; the first read counts. */
export function messageMutations(db: StatementCache): Handlers {
  return {
    'inboxMessage.insert': ({ record }) => void db.run(insertMessage, rowParams(messagesTable, record)),
    'inboxMessage.read': ({ id, at }) => void db.run(messageWrites.read, numbered([id, at])),
    'delivery.insert': ({ record }) => void db.run(insertDelivery, rowParams(deliveriesTable, record)),
    'delivery.update': ({ id, patch }) => updateByKey(db, deliveryTarget, id, patch),
    'contact.set': ({ record: r }) =>
      void db.run(messageWrites.contact, numbered([r.userId, r.email, r.mobile, r.updatedAt])),
  };
}
