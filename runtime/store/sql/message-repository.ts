import type {
  DeliveryQuery,
  DeliveryRecord,
  MessageContactRecord,
  MessageQuery,
  MessageRecord,
  MessageRepository,
} from '../messages.js';
import type { Page } from '../store.js';
import { contactsTable, deliveriesTable, messagesTable } from './message-tables.js';
import type { SqlReader } from './sql-reader.js';
import { TableRepository } from './table-repository.js';
import { WhereClause } from './where-clause.js';

/** 站内信, their deliveries and contacts on either SQL adapter. */
export class SqlMessageRepository extends TableRepository<MessageRecord> implements MessageRepository {
  constructor(sql: SqlReader) {
    super(sql, messagesTable);
  }

  list(query: MessageQuery): Promise<Page<MessageRecord>> {
    const where = new WhereClause().equals('recipient', query.recipient);
    if (query.unread) where.and('read_at IS NULL');
    return this.sql.page(this.table, where, 'created_at DESC, id DESC', query);
  }

  async unreadCount(recipient: string): Promise<number> {
    const sql = 'SELECT COUNT(*) FROM messages WHERE recipient = $1 AND read_at IS NULL';
    return Number(await this.sql.scalar(sql, [recipient]));
  }

  delivery(id: string): Promise<DeliveryRecord | null> {
    return this.sql.one(deliveriesTable, 'WHERE id = $1', [id]);
  }

  deliveriesDue(now: string, limit: number): Promise<DeliveryRecord[]> {
    const rest = `WHERE state = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2`;
    return this.sql.many(deliveriesTable, rest, [now, limit]);
  }

  deliveries(query: DeliveryQuery): Promise<Page<DeliveryRecord>> {
    const where = new WhereClause().equals('state', query.state).equals('jurisdiction', query.jurisdiction);
    return this.sql.page(deliveriesTable, where, 'created_at DESC, id DESC', query);
  }

  contact(userId: string): Promise<MessageContactRecord | null> {
    return this.sql.one(contactsTable, 'WHERE user_id = $1', [userId]);
  }
}
