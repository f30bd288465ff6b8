import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aBufferedMessage, anOutboxEntry, aSubscription } from './engine-fixtures.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

export function describeMessagingConformance(open: OpenStore): void {
  void describe('message subscriptions', () => {
    const store = freshStorePerTest(open);

    void it('finds subscriptions by message name and correlation key, and per instance', async () => {
      // given subscriptions differing in name, key and instance
      const mine = aSubscription();
      const sameMessageOtherInstance = aSubscription({ instanceKey: 'inst-2' });
      const otherKey = aSubscription({ elementId: 'Catch_Withdraw', messageName: 'withdraw' });
      const otherCorrelation = aSubscription({ instanceKey: 'inst-3', correlationKey: 'case-3' });
      await store().transact(
        [otherCorrelation, mine, otherKey, sameMessageOtherInstance].map((record) => ({
          kind: 'subscription.set' as const,
          record,
        })),
      );
      // then
      assert.deepEqual(await store().engine.subscriptions('supplement', 'case-1'), [
        mine,
        sameMessageOtherInstance,
      ]);
      assert.deepEqual(await store().engine.subscriptionsFor('inst-1'), [mine, otherKey]);
      assert.deepEqual(await store().engine.subscriptions('supplement', 'nobody'), []);
    });

    void it('replaces a subscription set again for the same element, and clears it', async () => {
      // given a subscription, re-set with another correlation key
      await store().transact([{ kind: 'subscription.set', record: aSubscription() }]);
      await store().transact([
        { kind: 'subscription.set', record: aSubscription({ correlationKey: 'case-9' }) },
      ]);
      // then only the new one matches
      assert.deepEqual(await store().engine.subscriptions('supplement', 'case-1'), []);
      assert.equal((await store().engine.subscriptions('supplement', 'case-9')).length, 1);
      // when cleared (twice: clearing a missing one is a no-op)
      const clear = {
        kind: 'subscription.clear' as const,
        instanceKey: 'inst-1',
        elementId: 'Catch_Supplement',
      };
      await store().transact([clear, clear]);
      assert.deepEqual(await store().engine.subscriptionsFor('inst-1'), []);
    });
  });

  void describe('buffered messages', () => {
    const store = freshStorePerTest(open);

    void it('returns unexpired messages (expiresAt > now) for a name and key, soonest expiring first', async () => {
      // given messages expiring on days 6, 4 and 2, and one for another key
      await store().transact(
        [
          aBufferedMessage({ id: 'm6', expiresAt: day(6) }),
          aBufferedMessage({ id: 'm4', expiresAt: day(4) }),
          aBufferedMessage({ id: 'm2', expiresAt: day(2) }),
          aBufferedMessage({ id: 'other', correlationKey: 'case-2' }),
        ].map((record) => ({ kind: 'message.buffer' as const, record })),
      );
      // then at day 2 the one expiring at day 2 is gone
      const found = await store().engine.bufferedMessages('supplement', 'case-1', day(2));
      assert.deepEqual(
        found.map((m) => m.id),
        ['m4', 'm6'],
      );
      assert.deepEqual(found[0], aBufferedMessage({ id: 'm4', expiresAt: day(4) }));
    });

    void it('ignores a replayed message id and deletes a message', async () => {
      await store().transact([{ kind: 'message.buffer', record: aBufferedMessage() }]);
      await store().transact([
        { kind: 'message.buffer', record: aBufferedMessage({ variables: { replayed: true } }) },
      ]);
      assert.deepEqual(await store().engine.bufferedMessages('supplement', 'case-1', day(1)), [
        aBufferedMessage(),
      ]);
      await store().transact([
        { kind: 'message.delete', id: 'msg-1' },
        { kind: 'message.delete', id: 'never-buffered' },
      ]);
      assert.deepEqual(await store().engine.bufferedMessages('supplement', 'case-1', day(1)), []);
    });
  });

  void describe('outbox', () => {
    const store = freshStorePerTest(open);

    void it('lists pending entries oldest first up to the limit; delivered ones drop out', async () => {
      // given three entries
      await store().transact(
        [
          anOutboxEntry({ id: 'o3', createdAt: day(3) }),
          anOutboxEntry({ id: 'o1', createdAt: day(1) }),
          anOutboxEntry({ id: 'o2', createdAt: day(2), payload: { n: 2 } }),
        ].map((record) => ({ kind: 'outbox.add' as const, record })),
      );
      assert.deepEqual(
        (await store().engine.outboxPending(2)).map((o) => o.id),
        ['o1', 'o2'],
      );
      // when the oldest is delivered
      await store().transact([{ kind: 'outbox.delivered', id: 'o1', at: day(4) }]);
      // then
      const pending = await store().engine.outboxPending(10);
      assert.deepEqual(
        pending.map((o) => o.id),
        ['o2', 'o3'],
      );
      assert.deepEqual(pending[0], anOutboxEntry({ id: 'o2', createdAt: day(2), payload: { n: 2 } }));
    });

    void it('ignores a replayed entry id and a delivery mark for an unknown entry', async () => {
      await store().transact([{ kind: 'outbox.add', record: anOutboxEntry() }]);
      await store().transact([
        { kind: 'outbox.add', record: anOutboxEntry({ topic: 'replayed' }) },
        { kind: 'outbox.delivered', id: 'unknown', at: day(4) },
      ]);
      assert.deepEqual(await store().engine.outboxPending(10), [anOutboxEntry()]);
    });

    void it('lists the pending entries of one topic only', async () => {
      await store().transact(
        [
          anOutboxEntry({ id: 'n1', topic: 'notify', createdAt: day(1) }),
          anOutboxEntry({ id: 'z1', topic: 'zeebe.command', createdAt: day(2) }),
          anOutboxEntry({ id: 'z2', topic: 'zeebe.command', createdAt: day(3) }),
        ].map((record) => ({ kind: 'outbox.add' as const, record })),
      );
      await store().transact([{ kind: 'outbox.delivered', id: 'z1', at: day(4) }]);
      assert.deepEqual(
        (await store().engine.outboxPending(10, 'zeebe.command')).map((o) => o.id),
        ['z2'],
      );
      assert.deepEqual(await store().engine.outboxPending(10, 'unknown'), []);
    });
  });

  void describe('engine cursors', () => {
    const store = freshStorePerTest(open);

    void it('keeps one position per name; a later set replaces it; an unknown name is null', async () => {
      assert.equal(await store().engine.cursor('zeebe-records'), null);
      await store().transact([
        { kind: 'cursor.set', record: { name: 'zeebe-records', position: 120, updatedAt: day(1) } },
        { kind: 'cursor.set', record: { name: 'other', position: 7, updatedAt: day(1) } },
      ]);
      await store().transact([
        { kind: 'cursor.set', record: { name: 'zeebe-records', position: 4096, updatedAt: day(2) } },
      ]);
      assert.deepEqual(await store().engine.cursor('zeebe-records'), {
        name: 'zeebe-records',
        position: 4096,
        updatedAt: day(2),
      });
      assert.equal((await store().engine.cursor('other'))?.position, 7);
    });

    void it('moves with the rest of its transaction or not at all', async () => {
      await store().transact([
        { kind: 'cursor.set', record: { name: 'zeebe-records', position: 10, updatedAt: day(1) } },
      ]);
      await assert.rejects(
        store().transact([
          { kind: 'cursor.set', record: { name: 'zeebe-records', position: 99, updatedAt: day(2) } },
          {
            kind: 'instance.save',
            record: {
              instanceKey: 'missing',
              processKey: 'p',
              businessKey: 'b',
              status: 'active',
              state: null,
              variables: {},
              rev: 0,
              updatedAt: day(2),
            },
            expectedRev: 3,
          },
        ]),
      );
      assert.equal((await store().engine.cursor('zeebe-records'))?.position, 10);
    });
  });
}
