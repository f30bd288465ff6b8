import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CaseRecord } from '../records.js';
import { aCase } from './case-fixtures.js';
import { writesOf } from './list-fixture.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

const insert = writesOf('case.insert');

export function describeCaseListConformance(open: OpenStore): void {
  void describe('case lists', () => {
    const store = freshStorePerTest(open);
    const ids = (page: { items: CaseRecord[] }) => page.items.map((c) => c.id);

    void it("lists a jurisdiction's cases newest first with the total", async () => {
      // given three cases here and one elsewhere
      await store().transact(
        insert([
          aCase({ id: 'a', createdAt: day(1) }),
          aCase({ id: 'c', createdAt: day(3) }),
          aCase({ id: 'b', createdAt: day(2) }),
          aCase({ id: 'x', jurisdiction: 'bj', createdAt: day(4) }),
        ]),
      );
      // then
      const page = await store().cases.list({ jurisdiction: 'hz' });
      assert.deepEqual(ids(page), ['c', 'b', 'a']);
      assert.equal(page.total, 3);
    });

    void it('filters by status, enterprise, submitter and request class', async () => {
      // given cases differing in one attribute each
      await store().transact(
        insert([
          aCase({ id: 'base', createdAt: day(1) }),
          aCase({ id: 'closed', status: 'closed', createdAt: day(2) }),
          aCase({ id: 'other-ent', enterpriseId: 'ent-2', createdAt: day(3) }),
          aCase({ id: 'other-user', submittedBy: 'user-2', createdAt: day(4) }),
          aCase({ id: 'tax', requestClass: 'tax', createdAt: day(5) }),
        ]),
      );
      // then each filter narrows to its match
      const list = (q: object) => store().cases.list({ jurisdiction: 'hz', ...q });
      assert.deepEqual(ids(await list({ status: 'closed' })), ['closed']);
      assert.deepEqual(ids(await list({ enterpriseId: 'ent-2' })), ['other-ent']);
      assert.deepEqual(ids(await list({ submittedBy: 'user-2' })), ['other-user']);
      assert.deepEqual(ids(await list({ requestClass: 'tax' })), ['tax']);
      assert.deepEqual(ids(await list({ status: 'open', requestClass: 'policy', enterpriseId: 'ent-1' })), [
        'other-user',
        'base',
      ]);
    });

    void it('finds the open cases pinned to one version (what a publication affects, a migration moves)', async () => {
      // given open and closed cases on versions 1 and 2
      await store().transact(
        insert([
          aCase({ id: 'v1-open', definitionVersion: 1, createdAt: day(1) }),
          aCase({ id: 'v1-closed', definitionVersion: 1, status: 'closed', createdAt: day(2) }),
          aCase({ id: 'v2-open', definitionVersion: 2, createdAt: day(3) }),
        ]),
      );
      // then the version filter, with the status, narrows to the open cases of that version
      const page = await store().cases.list({ jurisdiction: 'hz', status: 'open', definitionVersion: 1 });
      assert.deepEqual(ids(page), ['v1-open']);
      assert.equal(page.total, 1);
      assert.equal((await store().cases.list({ jurisdiction: 'hz', definitionVersion: 3 })).total, 0);
    });

    void it('restricts createdAt to the half-open range [from, to)', async () => {
      // given cases on days 1..4
      await store().transact(insert([1, 2, 3, 4].map((d) => aCase({ id: `d${d}`, createdAt: day(d) }))));
      // then from is inclusive and to exclusive
      const page = await store().cases.list({ jurisdiction: 'hz', from: day(2), to: day(4) });
      assert.deepEqual(ids(page), ['d3', 'd2']);
      assert.equal(page.total, 2);
    });

    void it('pages with limit and offset while total counts every match', async () => {
      // given five cases
      await store().transact(insert([1, 2, 3, 4, 5].map((d) => aCase({ id: `d${d}`, createdAt: day(d) }))));
      // when the second page of two is requested
      const page = await store().cases.list({ jurisdiction: 'hz', limit: 2, offset: 2 });
      // then
      assert.deepEqual(ids(page), ['d3', 'd2']);
      assert.equal(page.total, 5);
      assert.deepEqual(ids(await store().cases.list({ jurisdiction: 'hz', limit: 2, offset: 10 })), []);
    });

    void it('returns 50 items by default and never more than 500', async () => {
      // given 510 cases
      const records = Array.from({ length: 510 }, (_, i) =>
        aCase({
          id: `c${String(i).padStart(3, '0')}`,
          createdAt: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(),
        }),
      );
      await store().transact(insert(records));
      // then
      const byDefault = await store().cases.list({ jurisdiction: 'hz' });
      assert.equal(byDefault.items.length, 50);
      assert.equal(byDefault.items[0]?.id, 'c509');
      assert.equal(byDefault.total, 510);
      assert.equal((await store().cases.list({ jurisdiction: 'hz', limit: 10_000 })).items.length, 500);
    });
  });
}
