import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anEnterprise, anOrgUnit, aUser } from './directory-fixtures.js';
import { freshStorePerTest, type OpenStore } from './store-fixture.js';

export function describeDirectoryConformance(open: OpenStore): void {
  void describe('directory', () => {
    const store = freshStorePerTest(open);

    void it('upserts a user and finds it by id and by username', async () => {
      // given a user, then the same id upserted with a new name and groups
      await store().transact([{ kind: 'user.upsert', record: aUser() }]);
      const renamed = aUser({ displayName: '张三丰', groups: ['legal'], passwordHash: null });
      await store().transact([{ kind: 'user.upsert', record: renamed }]);
      // then the latest version is returned both ways
      assert.deepEqual(await store().directory.user('user-1'), renamed);
      assert.deepEqual(await store().directory.userByUsername('zhang.san'), renamed);
      assert.equal(await store().directory.user('nope'), null);
      assert.equal(await store().directory.userByUsername('nope'), null);
    });

    void it('keeps the account state: disabled, must change password, when the password was set', async () => {
      // given an account with an initial password to change, then disabled
      const initial = aUser({ mustChangePassword: true, passwordChangedAt: '2026-03-02T01:00:00.000Z' });
      await store().transact([{ kind: 'user.upsert', record: initial }]);
      assert.deepEqual(await store().directory.user('user-1'), initial);
      const disabled = { ...initial, disabledAt: '2026-03-03T08:30:00.000Z' };
      await store().transact([{ kind: 'user.upsert', record: disabled }]);
      // then it reads back exactly, the flag as a boolean and the instants as given
      assert.deepEqual(await store().directory.userByUsername('zhang.san'), disabled);
      const enabled = { ...disabled, disabledAt: null, mustChangePassword: false };
      await store().transact([{ kind: 'user.upsert', record: enabled }]);
      assert.deepEqual(await store().directory.user('user-1'), enabled);
    });

    void it("lists a jurisdiction's users, and with null the platform users without one", async () => {
      // given users in two jurisdictions and one platform administrator
      const admin = aUser({ id: 'admin', jurisdiction: null, username: 'admin', roles: ['platform-admin'] });
      const b = aUser({ id: 'u-b', username: 'b.user' });
      const a = aUser({ id: 'u-a', username: 'a.user', enterpriseId: 'ent-1', roles: ['enterprise'] });
      const elsewhere = aUser({ id: 'u-bj', jurisdiction: 'bj', username: 'bj.user' });
      await store().transact(
        [admin, b, a, elsewhere].map((record) => ({ kind: 'user.upsert' as const, record })),
      );
      // then
      assert.deepEqual(await store().directory.users('hz'), [a, b]);
      assert.deepEqual(await store().directory.users(null), [admin]);
    });

    void it('rejects a second user with a username already taken', async () => {
      await store().transact([{ kind: 'user.upsert', record: aUser() }]);
      await assert.rejects(store().transact([{ kind: 'user.upsert', record: aUser({ id: 'user-2' }) }]), {
        name: 'ConflictError',
      });
      assert.equal(await store().directory.user('user-2'), null);
    });

    void it("upserts and lists a jurisdiction's org units", async () => {
      const root = anOrgUnit();
      const child = anOrgUnit({ id: 'ou-2', parentId: 'ou-1', name: '审批科', kind: 'section' });
      await store().transact([
        { kind: 'orgUnit.upsert', record: child },
        { kind: 'orgUnit.upsert', record: root },
        { kind: 'orgUnit.upsert', record: anOrgUnit({ id: 'ou-bj', jurisdiction: 'bj' }) },
      ]);
      await store().transact([{ kind: 'orgUnit.upsert', record: { ...root, name: '营商环境办' } }]);
      assert.deepEqual(await store().directory.orgUnits('hz'), [{ ...root, name: '营商环境办' }, child]);
    });

    void it('finds enterprises by id, by credit code within a jurisdiction, and lists them', async () => {
      // given enterprises in two jurisdictions sharing one credit code
      const e1 = anEnterprise();
      const e2 = anEnterprise({ id: 'ent-2', creditCode: '91330100MA0000002Y', scale: null, tags: [] });
      const bj = anEnterprise({ id: 'ent-bj', jurisdiction: 'bj' });
      await store().transact([e2, bj, e1].map((record) => ({ kind: 'enterprise.upsert' as const, record })));
      // then
      assert.deepEqual(await store().directory.enterprise('ent-2'), e2);
      assert.deepEqual(await store().directory.enterpriseByCreditCode('hz', e1.creditCode), e1);
      assert.deepEqual(await store().directory.enterpriseByCreditCode('bj', e1.creditCode), bj);
      assert.equal(await store().directory.enterpriseByCreditCode('sh', e1.creditCode), null);
      assert.deepEqual(await store().directory.enterprises('hz'), [e1, e2]);
    });

    void it('upserts pairings idempotently and deletes them', async () => {
      // given a pairing upserted twice and another
      const p1 = { jurisdiction: 'hz', staffId: 'user-1', enterpriseId: 'ent-1' };
      const p2 = { jurisdiction: 'hz', staffId: 'user-1', enterpriseId: 'ent-2' };
      await store().transact([
        { kind: 'pairing.upsert', record: p2 },
        { kind: 'pairing.upsert', record: p1 },
        { kind: 'pairing.upsert', record: p1 },
      ]);
      assert.deepEqual(await store().directory.pairings('hz'), [p1, p2]);
      // when one is deleted
      await store().transact([{ kind: 'pairing.delete', record: p1 }]);
      // then
      assert.deepEqual(await store().directory.pairings('hz'), [p2]);
      assert.deepEqual(await store().directory.pairings('bj'), []);
    });
  });
}
