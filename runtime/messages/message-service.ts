import type { Clock } from '../common/clock.js';
import { ConflictError, InputError, NotFoundError } from '../common/errors.js';
import type {
  DeliveryQuery,
  DeliveryRecord,
  MessageContactRecord,
  MessageRecord,
} from '../store/messages.js';
import type { Mutation } from '../store/mutations.js';
import type { Page, Store } from '../store/store.js';

export interface MessageServiceDeps {
  store: Pick<Store, 'messages' | 'transact'>;
  clock: Clock;
}

/** Whoever reads their messages: the signed-in user. */
interface Reader {
  id: string;
}

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const mobile = /^1[3-9][0-9]{9}$/;

/**
 * 消息中心: a user's own messages (never another's), unread counts, marking read, their contact for
 * outside channels; the outbox's dead letters for admins. Messages themselves are written by the
 * case steps (`notifying-store.ts`).
 */
export class MessageService {
  constructor(private readonly deps: MessageServiceDeps) {}

  list(
    reader: Reader,
    query: { unread?: boolean; limit?: number; offset?: number },
  ): Promise<Page<MessageRecord>> {
    return this.deps.store.messages.list({ ...query, recipient: reader.id });
  }

  unreadCount(reader: Reader): Promise<number> {
    return this.deps.store.messages.unreadCount(reader.id);
  }

  /** Marks one of the reader's messages read (again: no change) and returns it. */
  async read(reader: Reader, id: string): Promise<MessageRecord> {
    const message = await this.deps.store.messages.get(id);
    if (!message || message.recipient !== reader.id) throw new NotFoundError('message not found');
    if (message.readAt === null) await this.#commit([{ kind: 'inboxMessage.read', id, at: this.#now() }]);
    return (await this.deps.store.messages.get(id)) ?? message;
  }

  /** Marks every unread message of the reader read; returns how many. */
  async readAll(reader: Reader): Promise<number> {
    const at = this.#now();
    let marked = 0;
    for (;;) {
      const page = await this.deps.store.messages.list({ recipient: reader.id, unread: true, limit: 200 });
      if (!page.items.length) return marked;
      await this.#commit(page.items.map((m) => ({ kind: 'inboxMessage.read', id: m.id, at })));
      marked += page.items.length;
    }
  }

  async contact(reader: Reader): Promise<MessageContactRecord> {
    return (
      (await this.deps.store.messages.contact(reader.id)) ?? {
        userId: reader.id,
        email: null,
        mobile: null,
        updatedAt: this.#now(),
      }
    );
  }

  /** Sets where copies of the reader's messages go (e-mail, mobile for SMS webhooks); empty clears. */
  async setContact(
    reader: Reader,
    input: { email?: string | null; mobile?: string | null },
  ): Promise<MessageContactRecord> {
    const value = (s: string | null | undefined) => (s ?? '').trim() || null;
    const record = {
      userId: reader.id,
      email: value(input.email),
      mobile: value(input.mobile),
      updatedAt: this.#now(),
    };
    const details = [];
    if (record.email && !email.test(record.email)) details.push({ path: '/email', reason: 'format' });
    if (record.mobile && !mobile.test(record.mobile)) details.push({ path: '/mobile', reason: 'format' });
    if (details.length) throw new InputError('invalid contact', details);
    await this.#commit([{ kind: 'contact.set', record }]);
    return record;
  }

  /** The outbox's deliveries for admins, e.g. the dead letters (`state: 'dead'`). */
  deliveries(query: DeliveryQuery): Promise<Page<DeliveryRecord>> {
    return this.deps.store.messages.deliveries(query);
  }

  /** 重发: a dead letter goes back to pending with fresh attempts, due now. */
  async retry(id: string, jurisdiction: string | null): Promise<DeliveryRecord> {
    const delivery = await this.deps.store.messages.delivery(id);
    if (!delivery || (jurisdiction !== null && delivery.jurisdiction !== jurisdiction))
      throw new NotFoundError('delivery not found');
    if (delivery.state !== 'dead')
      throw new ConflictError(`delivery is ${delivery.state}`, [], 'not_dead_letter');
    const patch = { state: 'pending' as const, attempts: 0, nextAttemptAt: this.#now() };
    await this.#commit([{ kind: 'delivery.update', id, patch }]);
    return { ...delivery, ...patch };
  }

  #commit(mutations: Mutation[]): Promise<void> {
    return this.deps.store.transact(mutations);
  }

  #now(): string {
    return this.deps.clock.now().toISOString();
  }
}
