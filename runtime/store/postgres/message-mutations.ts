import { updateByKey, type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import { deliveriesTable, messagesTable, messageWrites } from '../sql/message-tables.js';
import { deliveryTarget } from '../sql/update-targets.js';

/** 站内信 and their outbox: replays of a step write nothing; the first read counts. */
export const messageMutations: HandlersOf<'inboxMessage.' | 'delivery.' | 'contact.'> = {
  'inboxMessage.insert': writeRecord(insertSql(messagesTable, 'ON CONFLICT DO NOTHING'), messagesTable),
  'inboxMessage.read': async (tx, { id, at }) => void (await tx.run(messageWrites.read, [id, at])),
  'delivery.insert': writeRecord(insertSql(deliveriesTable, 'ON CONFLICT DO NOTHING'), deliveriesTable),
  'delivery.update': (tx, { id, patch }) => updateByKey(tx, deliveryTarget, id, patch),
  'contact.set': async (tx, { record: r }) =>
    void (await tx.run(messageWrites.contact, [r.userId, r.email, r.mobile, r.updatedAt])),
};
