import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SessionRecord } from '../records.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

function aSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    sid: 'sid-1',
    userId: 'user-1',
    issuedAt: day(2, 9),
    expiresAt: day(2, 21),
    lastSeenAt: day(2, 9),
    revokedAt: null,
    ...overrides,
  };
}

/** Sessions (open, touch forward only, revoke once) and password histories, durable in the store. */
export function describeCredentialConformance(open: OpenStore): void {
  void describe('credentials', () => {
    const store = freshStorePerTest(open);

    void it('reads a session back as opened; a replayed open changes nothing; unknown sids are null', async () => {
      // given a session opened twice (a replay with other values)
      await store().transact([{ kind: 'session.open', record: aSession() }]);
      await store().transact([{ kind: 'session.open', record: aSession({ userId: 'intruder' }) }]);
      // then the first one counts
      assert.deepEqual(await store().credentials.session('sid-1'), aSession());
      assert.equal(await store().credentials.session('sid-2'), null);
    });

    void it('moves lastSeenAt forward only, and keeps the first revocation', async () => {
      await store().transact([{ kind: 'session.open', record: aSession() }]);
      // when touched later, then earlier again, and revoked twice
      await store().transact([{ kind: 'session.touch', sid: 'sid-1', at: day(2, 11) }]);
      await store().transact([{ kind: 'session.touch', sid: 'sid-1', at: day(2, 10) }]);
      await store().transact([{ kind: 'session.revoke', sid: 'sid-1', at: day(2, 12) }]);
      await store().transact([{ kind: 'session.revoke', sid: 'sid-1', at: day(2, 13) }]);
      // then
      const session = await store().credentials.session('sid-1');
      assert.equal(session?.lastSeenAt, day(2, 11));
      assert.equal(session?.revokedAt, day(2, 12));
    });

    void it('ignores touches and revocations of unknown sessions', async () => {
      await store().transact([
        { kind: 'session.touch', sid: 'missing', at: day(2, 11) },
        { kind: 'session.revoke', sid: 'missing', at: day(2, 11) },
      ]);
      assert.equal(await store().credentials.session('missing'), null);
    });

    void it('opens and revokes within one batch, atomically with other writes', async () => {
      await assert.rejects(
        store().transact([
          { kind: 'session.open', record: aSession() },
          { kind: 'case.update', id: 'missing', patch: { title: 'x' } },
        ]),
      );
      assert.equal(await store().credentials.session('sid-1'), null);
      await store().transact([
        { kind: 'session.open', record: aSession() },
        { kind: 'session.revoke', sid: 'sid-1', at: day(2, 9, 30) },
      ]);
      assert.equal((await store().credentials.session('sid-1'))?.revokedAt, day(2, 9, 30));
    });

    void it('replaces a password history, newest first as written', async () => {
      assert.equal(await store().credentials.passwordHistory('user-1'), null);
      await store().transact([{ kind: 'passwordHistory.set', record: { userId: 'user-1', hashes: ['h1'] } }]);
      await store().transact([
        { kind: 'passwordHistory.set', record: { userId: 'user-1', hashes: ['h2', 'h1'] } },
      ]);
      assert.deepEqual(await store().credentials.passwordHistory('user-1'), {
        userId: 'user-1',
        hashes: ['h2', 'h1'],
      });
      assert.equal(await store().credentials.passwordHistory('user-2'), null);
    });
  });
}
