import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

/** Leases, fixed-window counters, versioned values and the live feed app replicas share. */
export function describeCoordinationConformance(open: OpenStore): void {
  void describe('coordination', () => {
    const store = freshStorePerTest(open);

    void it('grants a lease to one owner until it expires or is released; the holder renews it', async () => {
      const c = store().coordination;
      // given replica a holds the instance until 09:01
      assert.equal(await c.lease('instance:1', 'a', day(2, 9), day(2, 9, 1)), true);
      // then b is refused before then, a renews, and another name is free
      assert.equal(await c.lease('instance:1', 'b', day(2, 9), day(2, 9, 2)), false);
      assert.equal(await c.lease('instance:1', 'a', day(2, 9), day(2, 9, 2)), true);
      assert.equal(await c.lease('instance:2', 'b', day(2, 9), day(2, 9, 2)), true);
      // when it expires (a died), b takes it over; when b releases it (until now), a takes it
      assert.equal(await c.lease('instance:1', 'b', day(2, 9, 2), day(2, 9, 3)), true);
      assert.equal(await c.lease('instance:1', 'a', day(2, 9, 2), day(2, 9, 3)), false);
      assert.equal(await c.lease('instance:1', 'b', day(2, 9, 2), day(2, 9, 2)), true);
      assert.equal(await c.lease('instance:1', 'a', day(2, 9, 2), day(2, 9, 3)), true);
    });

    void it('counts hits in a fixed window and opens a new one once it has passed', async () => {
      const c = store().coordination;
      const minute = 60_000;
      assert.deepEqual(await c.hit('login:1.2.3.4', day(2, 9), minute), { hits: 1, resetAt: day(2, 9, 1) });
      assert.deepEqual(await c.hit('login:1.2.3.4', day(2, 9, 0), minute), {
        hits: 2,
        resetAt: day(2, 9, 1),
      });
      assert.deepEqual(await c.hit('login:5.6.7.8', day(2, 9), minute), { hits: 1, resetAt: day(2, 9, 1) });
      assert.deepEqual(await c.hit('login:1.2.3.4', day(2, 9, 1), minute), {
        hits: 1,
        resetAt: day(2, 9, 2),
      });
    });

    void it('swaps a value only at the expected version; an expired value counts as absent', async () => {
      const c = store().coordination;
      assert.equal(await c.value('lockout:x', day(2, 9)), null);
      assert.equal(await c.swap('lockout:x', null, 'one', day(2, 9), day(2, 10)), true);
      // a second first writer loses
      assert.equal(await c.swap('lockout:x', null, 'other', day(2, 9), day(2, 10)), false);
      const first = await c.value('lockout:x', day(2, 9));
      assert.equal(first?.value, 'one');
      assert.equal(await c.swap('lockout:x', first?.version ?? -1, 'two', day(2, 9), day(2, 10)), true);
      // a writer still at the old version loses
      assert.equal(await c.swap('lockout:x', first?.version ?? -1, 'stale', day(2, 9), day(2, 10)), false);
      assert.equal((await c.value('lockout:x', day(2, 9, 30)))?.value, 'two');
      // then past its expiry it is gone and may be written afresh
      assert.equal(await c.value('lockout:x', day(2, 10)), null);
      assert.equal(await c.swap('lockout:x', null, 'three', day(2, 10), day(2, 11)), true);
      assert.equal((await c.value('lockout:x', day(2, 10)))?.value, 'three');
    });

    void it('appends live events in order and reads them after a sequence number', async () => {
      const c = store().coordination;
      assert.equal(await c.liveHead(), 0);
      const first = await c.appendLive(['a', 'b']);
      const second = await c.appendLive(['c']);
      assert.equal(first.length, 2);
      assert.ok((first[0] as number) < (first[1] as number) && (first[1] as number) < (second[0] as number));
      assert.equal(await c.liveHead(), second[0]);
      assert.deepEqual(
        (await c.liveAfter(0, 10)).map((row) => row.payload),
        ['a', 'b', 'c'],
      );
      assert.deepEqual(await c.liveAfter(first[0] as number, 1), [{ seq: first[1], payload: 'b' }]);
      assert.deepEqual(await c.liveAfter(second[0] as number, 10), []);
    });
  });
}
