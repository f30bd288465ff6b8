import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pushedNotice, type PolicyNoticeRecord } from '../policy-notices.js';
import { assertPage, writesOf } from './list-fixture.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';
import { aVisit } from './visit-fixtures.js';

/** Builder for a pushed, undelivered, unread 政策告知书. */
export function aPolicyNotice(overrides: Partial<PolicyNoticeRecord> = {}): PolicyNoticeRecord {
  return {
    ...pushedNotice({
      id: 'notice-1',
      jurisdiction: 'hz',
      policyId: 'policy-1',
      enterpriseId: 'ent-1',
      officerIds: ['staff-1', 'staff-2'],
      pushedBy: 'admin-1',
      pushedAt: day(3, 9),
    }),
    ...overrides,
  };
}

const insert = writesOf('policyNotice.insert');

/** 政策告知书: idempotent pushes, delivery and receipt patches, lists by policy, enterprise and officer. */
export function describePolicyNoticeConformance(open: OpenStore): void {
  void describe('policy notices (政策告知书)', () => {
    const store = freshStorePerTest(open);
    const ids = async (q: { policyId?: string; enterpriseId?: string; officerId?: string }) =>
      (await store().policyNotices.list({ jurisdiction: 'hz', ...q })).items.map((n) => n.id);

    void it('reads a pushed notice back exactly as written; a replayed push writes nothing', async () => {
      // given a notice, when the same push is replayed with other content
      await store().transact(insert([aPolicyNotice()]));
      await store().transact(insert([aPolicyNotice({ pushedBy: 'someone-else', officerIds: [] })]));
      // then the original is kept, once
      assert.deepEqual(await store().policyNotices.get('notice-1'), aPolicyNotice());
      assert.equal((await store().policyNotices.list({ jurisdiction: 'hz' })).total, 1);
      assert.equal(await store().policyNotices.get('missing'), null);
    });

    void it('records delivery and the read receipt on the notice, other fields unchanged', async () => {
      // given a notice
      await store().transact(insert([aPolicyNotice()]));
      // when its officer records delivery, then the enterprise reads it
      const delivery = {
        deliveredAt: day(4, 10),
        deliveredBy: 'staff-1',
        deliveryWay: 'visit',
        acknowledgedBy: '王五',
      };
      await store().transact([{ kind: 'policyNotice.update', id: 'notice-1', patch: delivery }]);
      const receipt = { readAt: day(5, 8), readBy: 'ent-user-1' };
      await store().transact([{ kind: 'policyNotice.update', id: 'notice-1', patch: receipt }]);
      // then
      assert.deepEqual(
        await store().policyNotices.get('notice-1'),
        aPolicyNotice({ ...delivery, ...receipt }),
      );
    });

    void it('refuses an update of a notice that does not exist, and rolls back the batch', async () => {
      // when a batch logs a visit then updates a missing notice
      const batch = [
        { kind: 'visit.insert' as const, record: aVisit() },
        { kind: 'policyNotice.update' as const, id: 'missing', patch: { readAt: day(5) } },
      ];
      await assert.rejects(store().transact(batch), domainError('NotFoundError', 'not_found'));
      // then nothing was written
      assert.equal((await store().visits.list({ jurisdiction: 'hz' })).total, 0);
    });

    void it('filters by policy, enterprise and paired officer, newest push first, within the jurisdiction', async () => {
      // given notices differing in one attribute each, and one elsewhere
      await store().transact(
        insert([
          aPolicyNotice({ id: 'base', pushedAt: day(1) }),
          aPolicyNotice({ id: 'other-policy', policyId: 'policy-2', pushedAt: day(2) }),
          aPolicyNotice({
            id: 'other-ent',
            enterpriseId: 'ent-2',
            officerIds: ['staff-3'],
            pushedAt: day(3),
          }),
          aPolicyNotice({ id: 'unpaired', enterpriseId: 'ent-3', officerIds: [], pushedAt: day(4) }),
          aPolicyNotice({ id: 'bj', jurisdiction: 'bj', pushedAt: day(5) }),
        ]),
      );
      // then each filter narrows to its matches
      assert.deepEqual(await ids({}), ['unpaired', 'other-ent', 'other-policy', 'base']);
      assert.deepEqual(await ids({ policyId: 'policy-2' }), ['other-policy']);
      assert.deepEqual(await ids({ enterpriseId: 'ent-2' }), ['other-ent']);
      assert.deepEqual(await ids({ officerId: 'staff-3' }), ['other-ent']);
      assert.deepEqual(await ids({ officerId: 'staff-2' }), ['other-policy', 'base']);
      assert.deepEqual(await ids({ officerId: 'staff' }), []);
      // and pages keep the total
      const page = await store().policyNotices.list({ jurisdiction: 'hz', limit: 1, offset: 1 });
      assertPage(page, ['other-ent'], 4);
    });
  });
}
