import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { policyCollectionId, type PolicyCollectionRecord } from '../policy-collections.js';
import { writesOf } from './list-fixture.js';
import { builder, day, freshStorePerTest, type OpenStore } from './store-fixture.js';

/** Builder for one month's recorded collection (每月政策收集). */
export const aPolicyCollection = builder<PolicyCollectionRecord>(() => ({
  id: policyCollectionId('sz', '2026-03'),
  jurisdiction: 'sz',
  month: '2026-03',
  group: 'service-centres',
  recordedBy: 'staff-1',
  recordedAt: day(31, 9),
  policyIds: ['policy-1', 'policy-2'],
  note: '本月收集市级政策2项',
}));

const insert = writesOf('policyCollection.insert');
const monthOf = (jurisdiction: string, month: string) =>
  aPolicyCollection({ id: policyCollectionId(jurisdiction, month), jurisdiction, month });

/** 每月政策收集: one record a month, kept as first written; months of a jurisdiction in order. */
export function describePolicyCollectionConformance(open: OpenStore): void {
  void describe('policy collections (每月政策收集)', () => {
    const store = freshStorePerTest(open);

    void it('reads a month back exactly as written; recording the month again writes nothing', async () => {
      // given March recorded, when it is recorded again with other content
      await store().transact(insert([aPolicyCollection()]));
      await store().transact(insert([aPolicyCollection({ recordedBy: 'staff-2', policyIds: [] })]));
      // then the first record is kept
      assert.deepEqual(await store().policyCollections.get('sz:2026-03'), aPolicyCollection());
      assert.equal(await store().policyCollections.get('sz:2026-04'), null);
    });

    void it('lists a jurisdiction’s months within the range, by month, and its first month', async () => {
      // given three months of one jurisdiction (written out of order) and one of another
      await store().transact(
        insert([
          monthOf('sz', '2026-04'),
          monthOf('sz', '2025-12'),
          monthOf('sz', '2026-02'),
          monthOf('hz', '2025-01'),
        ]),
      );
      // then
      const months = async (from: string, to: string) =>
        (await store().policyCollections.list('sz', from, to)).map((r) => r.month);
      assert.deepEqual(await months('2026-01', '2026-12'), ['2026-02', '2026-04']);
      assert.deepEqual(await months('2025-12', '2026-02'), ['2025-12', '2026-02']);
      assert.equal(await store().policyCollections.firstMonth('sz'), '2025-12');
      assert.equal(await store().policyCollections.firstMonth('nowhere'), null);
    });
  });
}
