import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anEnterprise, anOrgUnit, aUser } from './directory-fixtures.js';
import { freshStorePerTest, type OpenStore } from './store-fixture.js';

export function describeDirectoryQueryConformance(open: OpenStore): void {
  void describe('directory queries', () => {
    const store = freshStorePerTest(open);

    const seed = async () => {
      const a = anEnterprise({
        id: 'e-a',
        name: '甲机械',
        scale: '规上',
        industry: 'machinery',
        area: '东片',
        tags: ['专精特新'],
      });
      const b = anEnterprise({
        id: 'e-b',
        creditCode: 'B',
        name: '乙软件',
        scale: '规下',
        industry: 'software',
        area: '西片',
        tags: [],
      });
      const c = anEnterprise({
        id: 'e-c',
        creditCode: 'C',
        name: '丙机械',
        scale: '规上',
        industry: 'machinery',
        area: '西片',
        tags: ['专精特新', '高新'],
      });
      const elsewhere = anEnterprise({ id: 'e-bj', jurisdiction: 'bj', name: '丁机械' });
      const staff = [
        aUser({ id: 's-1', username: 's1' }),
        aUser({ id: 's-2', username: 's2' }),
        aUser({ id: 's-3', username: 's3' }),
        aUser({ id: 'ent-user', username: 'ent', roles: ['enterprise'], enterpriseId: 'e-a' }),
      ];
      await store().transact([
        ...[a, b, c, elsewhere].map((record) => ({ kind: 'enterprise.upsert' as const, record })),
        ...staff.map((record) => ({ kind: 'user.upsert' as const, record })),
        { kind: 'pairing.upsert', record: { jurisdiction: 'hz', staffId: 's-1', enterpriseId: 'e-a' } },
        { kind: 'pairing.upsert', record: { jurisdiction: 'hz', staffId: 's-1', enterpriseId: 'e-c' } },
        { kind: 'pairing.upsert', record: { jurisdiction: 'hz', staffId: 's-2', enterpriseId: 'e-a' } },
      ]);
      return { a, b, c };
    };

    void it('filters enterprises by scale, industry, area, tag, name and pairing, by name, paged', async () => {
      const { a, b, c } = await seed();
      const ids = async (q: object) =>
        (await store().directory.enterpriseList({ jurisdiction: 'hz', ...q })).items.map((e) => e.id);
      // by name in code-point order: 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532
      const all = await store().directory.enterpriseList({ jurisdiction: 'hz' });
      assert.equal(all.total, 3);
      assert.deepEqual(all.items, [c, b, a]);
      assert.deepEqual(await ids({ scale: '规上', area: '西片' }), [c.id]);
      assert.deepEqual((await ids({ industry: 'machinery' })).sort(), [a.id, c.id]);
      assert.deepEqual(await ids({ tag: '高新' }), [c.id]);
      assert.deepEqual(await ids({ nameContains: '软件' }), [b.id]);
      assert.deepEqual(await ids({ unpaired: true }), [b.id]);
      assert.deepEqual((await ids({ unpaired: false })).sort(), [a.id, c.id]);
      const page = await store().directory.enterpriseList({ jurisdiction: 'hz', limit: 1, offset: 1 });
      assert.equal(page.total, 3);
      assert.deepEqual(page.items, [all.items[1]]);
    });

    void it('counts pairings per staff member, zero included, fewest first, enterprise users left out', async () => {
      await seed();
      assert.deepEqual(await store().directory.pairingLoads('hz'), [
        { staffId: 's-3', enterprises: 0 },
        { staffId: 's-2', enterprises: 1 },
        { staffId: 's-1', enterprises: 2 },
      ]);
      assert.deepEqual(await store().directory.pairingLoads('bj'), []);
    });

    void it('deletes an enterprise with its pairings, a user with pairings and skills, an org unit', async () => {
      await seed();
      await store().transact([
        { kind: 'orgUnit.upsert', record: anOrgUnit() },
        { kind: 'user.skills', userId: 's-1', skills: ['税务', '用地'] },
        { kind: 'user.skills', userId: 's-2', skills: ['融资'] },
      ]);
      assert.deepEqual(await store().directory.skills('hz'), {
        's-1': ['用地', '税务'].sort(),
        's-2': ['融资'],
      });
      await store().transact([{ kind: 'user.skills', userId: 's-2', skills: [] }]);
      assert.deepEqual(Object.keys(await store().directory.skills('hz')), ['s-1']);
      await store().transact([
        { kind: 'enterprise.delete', id: 'e-a' },
        { kind: 'user.delete', id: 's-1' },
        { kind: 'orgUnit.delete', id: 'ou-1' },
      ]);
      assert.equal(await store().directory.enterprise('e-a'), null);
      assert.equal(await store().directory.user('s-1'), null);
      assert.equal(await store().directory.orgUnit('ou-1'), null);
      assert.deepEqual(await store().directory.pairings('hz'), []);
      assert.deepEqual(await store().directory.skills('hz'), {});
    });

    void it('finds one org unit by id', async () => {
      await store().transact([{ kind: 'orgUnit.upsert', record: anOrgUnit() }]);
      assert.deepEqual(await store().directory.orgUnit('ou-1'), anOrgUnit());
      assert.equal(await store().directory.orgUnit('nope'), null);
    });
  });
}
