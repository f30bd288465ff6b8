import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DeliveryRecord, MessageRecord } from '../messages.js';
import { assertPage, writesOf } from './list-fixture.js';
import { builder, day, freshStorePerTest, type OpenStore } from './store-fixture.js';

/** Builder for an unread 催办 message to `staff-1`. */
export const aMessage = builder<MessageRecord>(() => ({
  id: 'msg-1',
  jurisdiction: 'hz',
  recipient: 'staff-1',
  kind: 'urged',
  caseId: 'case-1',
  taskId: 'task-1',
  title: '催办：用电问题（第 1 次）',
  body: '请尽快办理',
  createdAt: day(3, 9),
  readAt: null,
}));

/** Builder for a pending e-mail delivery of `msg-1`, due at once. */
export const aDelivery = builder<DeliveryRecord>(() => ({
  id: 'dlv-1',
  messageId: 'msg-1',
  jurisdiction: 'hz',
  channel: 'email',
  target: 'handler@example.org',
  state: 'pending',
  attempts: 0,
  nextAttemptAt: day(3, 9),
  lastError: null,
  createdAt: day(3, 9),
  sentAt: null,
}));

const messages = writesOf('inboxMessage.insert');
const deliveries = writesOf('delivery.insert');

/** 站内信: idempotent writes, a recipient's pages and unread count, first read counts, the outbox's due rows. */
export function describeMessageConformance(open: OpenStore): void {
  void describe('messages (站内信) and their outbox', () => {
    const store = freshStorePerTest(open);

    void it('reads a message back as written; a replayed step writes nothing', async () => {
      // given a message, when the same step is replayed with other content
      await store().transact(messages([aMessage()]));
      await store().transact(messages([aMessage({ body: '另一条' })]));
      // then the original is kept, once
      assert.deepEqual(await store().messages.get('msg-1'), aMessage());
      assert.equal(await store().messages.get('missing'), null);
    });

    void it("pages a recipient's messages newest first, only unread ones on request", async () => {
      // given three messages to staff-1 (one read) and one to staff-2
      await store().transact(
        messages([
          aMessage({ id: 'm-a', createdAt: day(3, 9) }),
          aMessage({ id: 'm-b', createdAt: day(4, 9), readAt: day(4, 10) }),
          aMessage({ id: 'm-c', createdAt: day(5, 9) }),
          aMessage({ id: 'm-d', recipient: 'staff-2' }),
        ]),
      );
      // then
      assertPage(await store().messages.list({ recipient: 'staff-1' }), ['m-c', 'm-b', 'm-a'], 3);
      assertPage(await store().messages.list({ recipient: 'staff-1', limit: 1, offset: 1 }), ['m-b'], 3);
      assertPage(await store().messages.list({ recipient: 'staff-1', unread: true }), ['m-c', 'm-a'], 2);
      assert.equal(await store().messages.unreadCount('staff-1'), 2);
      assert.equal(await store().messages.unreadCount('nobody'), 0);
    });

    void it('marks a message read once: the first read counts, an unknown id changes nothing', async () => {
      // given an unread message
      await store().transact(messages([aMessage()]));
      // when it is read twice and an unknown message is "read"
      await store().transact([{ kind: 'inboxMessage.read', id: 'msg-1', at: day(4, 8) }]);
      await store().transact([
        { kind: 'inboxMessage.read', id: 'msg-1', at: day(5, 8) },
        { kind: 'inboxMessage.read', id: 'missing', at: day(5, 8) },
      ]);
      // then
      assert.equal((await store().messages.get('msg-1'))?.readAt, day(4, 8));
      assert.equal(await store().messages.unreadCount('staff-1'), 0);
    });

    void it('hands out pending deliveries once due, earliest first; sent and dead ones never', async () => {
      // given deliveries due at 9:00 and 11:00, one sent, one dead
      await store().transact(
        deliveries([
          aDelivery({ id: 'd-late', nextAttemptAt: day(3, 11) }),
          aDelivery({ id: 'd-early', nextAttemptAt: day(3, 9) }),
          aDelivery({ id: 'd-sent', state: 'sent', nextAttemptAt: null, sentAt: day(3, 9) }),
          aDelivery({ id: 'd-dead', state: 'dead', nextAttemptAt: null, lastError: '550' }),
        ]),
      );
      // then at 10:00 only the early one is due; at noon both, earliest first
      const due = async (at: string) => (await store().messages.deliveriesDue(at, 10)).map((d) => d.id);
      assert.deepEqual(await due(day(3, 10)), ['d-early']);
      assert.deepEqual(await due(day(3, 12)), ['d-early', 'd-late']);
      // and the dead letters are listed for the admin
      assertPage(await store().messages.deliveries({ state: 'dead' }), ['d-dead'], 1);
    });

    void it('records a failed attempt and a send on the delivery; a replayed insert keeps it', async () => {
      // given a pending delivery
      await store().transact(deliveries([aDelivery()]));
      // when an attempt fails, then the next one succeeds
      const failed = { attempts: 1, nextAttemptAt: day(3, 10), lastError: 'ECONNREFUSED' };
      await store().transact([{ kind: 'delivery.update', id: 'dlv-1', patch: failed }]);
      await store().transact(deliveries([aDelivery()]));
      assert.deepEqual(await store().messages.delivery('dlv-1'), aDelivery(failed));
      const sent = { state: 'sent' as const, attempts: 2, nextAttemptAt: null, sentAt: day(3, 10) };
      await store().transact([{ kind: 'delivery.update', id: 'dlv-1', patch: sent }]);
      // then
      assert.deepEqual(await store().messages.delivery('dlv-1'), aDelivery({ ...failed, ...sent }));
      assert.deepEqual(await store().messages.deliveriesDue(day(4, 0), 10), []);
      await assert.rejects(
        store().transact([{ kind: 'delivery.update', id: 'missing', patch: sent }]),
        (e: Error) => e.name === 'NotFoundError',
      );
    });

    void it("sets and replaces a user's contact", async () => {
      // given no contact, when one is set and then replaced
      assert.equal(await store().messages.contact('staff-1'), null);
      const contact = { userId: 'staff-1', email: 'a@example.org', mobile: null, updatedAt: day(3, 9) };
      await store().transact([{ kind: 'contact.set', record: contact }]);
      const replaced = { ...contact, email: null, mobile: '13900000000', updatedAt: day(4, 9) };
      await store().transact([{ kind: 'contact.set', record: replaced }]);
      // then the latest is kept
      assert.deepEqual(await store().messages.contact('staff-1'), replaced);
    });
  });
}
