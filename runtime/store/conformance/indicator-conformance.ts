import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndicatorDropQuery, IndicatorRecord } from '../indicators.js';
import { aCase } from './case-fixtures.js';
import { writesOf } from './list-fixture.js';
import { domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

const figure = (over: Partial<IndicatorRecord> = {}): IndicatorRecord => ({
  jurisdiction: 'hz',
  enterpriseId: 'ent-1',
  metric: 'electricity',
  month: '2026-02',
  value: 100,
  ...over,
});
const upsert = writesOf('indicator.upsert');
const dropQuery = (over: Partial<IndicatorDropQuery> = {}): IndicatorDropQuery => ({
  jurisdiction: 'hz',
  month: '2026-03',
  baseMonth: '2026-02',
  metrics: ['electricity', 'output'],
  minDropPercent: 20,
  ...over,
});

/** Enterprise monthly indicators (问需求): upsert by key, filtered lists, month-on-month falls in the store. */
export function describeIndicatorConformance(open: OpenStore): void {
  void describe('enterprise monthly indicators', () => {
    const store = freshStorePerTest(open);

    void it('lists figures newest month first, then by enterprise and metric, exactly as written', async () => {
      // given figures of two months, two enterprises, two metrics, and one elsewhere
      const records = [
        figure({ month: '2026-02', enterpriseId: 'ent-2', metric: 'output', value: 12.5 }),
        figure({ month: '2026-03', enterpriseId: 'ent-2', metric: 'electricity', value: 0 }),
        figure({ month: '2026-02', enterpriseId: 'ent-1', metric: 'output', value: 7 }),
        figure({ month: '2026-03', enterpriseId: 'ent-1', metric: 'output', value: 1234567.25 }),
        figure({ jurisdiction: 'bj', month: '2026-04' }),
      ];
      await store().transact(upsert(records));
      // then
      const page = await store().indicators.list({ jurisdiction: 'hz' });
      assert.deepEqual(page.items, [records[3], records[1], records[2], records[0]]);
      assert.equal(page.total, 4);
    });

    void it('replaces the value when the same enterprise, metric and month is written again', async () => {
      // given a figure, when a corrected import writes the same key
      await store().transact(upsert([figure({ value: 100 })]));
      await store().transact(upsert([figure({ value: 80 })]));
      // then one figure, with the new value
      assert.deepEqual((await store().indicators.list({ jurisdiction: 'hz' })).items, [
        figure({ value: 80 }),
      ]);
    });

    void it('filters by enterprise, metric and month, and pages with a total of every match', async () => {
      // given six figures
      const months = ['2026-01', '2026-02', '2026-03'];
      await store().transact(
        upsert(
          months.flatMap((month) =>
            ['ent-1', 'ent-2'].map((enterpriseId) => figure({ month, enterpriseId })),
          ),
        ),
      );
      await store().transact(upsert([figure({ metric: 'sales', month: '2026-01' })]));
      const keys = async (q: Record<string, unknown>) =>
        (await store().indicators.list({ jurisdiction: 'hz', ...q })).items.map(
          (r) => `${r.month}/${r.enterpriseId}/${r.metric}`,
        );
      // then each filter narrows, and a page keeps the order
      assert.deepEqual(await keys({ enterpriseId: 'ent-2', month: '2026-02' }), [
        '2026-02/ent-2/electricity',
      ]);
      assert.deepEqual(await keys({ metric: 'sales' }), ['2026-01/ent-1/sales']);
      assert.deepEqual(await keys({ limit: 2, offset: 2 }), [
        '2026-02/ent-1/electricity',
        '2026-02/ent-2/electricity',
      ]);
      assert.equal((await store().indicators.list({ jurisdiction: 'hz', limit: 1 })).total, 7);
    });

    void it('finds the figures that fell by at least the threshold from the base month, by enterprise then metric', async () => {
      // given February and March figures
      await store().transact(
        upsert([
          figure({ enterpriseId: 'exact', month: '2026-02', value: 100 }),
          figure({ enterpriseId: 'exact', month: '2026-03', value: 80 }), // -20 %: counts
          figure({ enterpriseId: 'slight', month: '2026-02', value: 100 }),
          figure({ enterpriseId: 'slight', month: '2026-03', value: 80.5 }), // -19.5 %
          figure({ enterpriseId: 'grew', month: '2026-02', value: 50 }),
          figure({ enterpriseId: 'grew', month: '2026-03', value: 90 }),
          figure({ enterpriseId: 'a-both', month: '2026-02', metric: 'output', value: 10 }),
          figure({ enterpriseId: 'a-both', month: '2026-03', metric: 'output', value: 0 }),
          figure({ enterpriseId: 'a-both', month: '2026-02', value: 4 }),
          figure({ enterpriseId: 'a-both', month: '2026-03', value: 1 }),
          figure({ enterpriseId: 'zero-base', month: '2026-02', value: 0 }),
          figure({ enterpriseId: 'zero-base', month: '2026-03', value: 0 }),
          figure({ enterpriseId: 'new', month: '2026-03', value: 1 }),
          figure({ enterpriseId: 'unwatched', month: '2026-02', metric: 'sales', value: 100 }),
          figure({ enterpriseId: 'unwatched', month: '2026-03', metric: 'sales', value: 1 }),
          figure({ jurisdiction: 'bj', enterpriseId: 'elsewhere', month: '2026-02', value: 100 }),
          figure({ jurisdiction: 'bj', enterpriseId: 'elsewhere', month: '2026-03', value: 1 }),
        ]),
      );
      // then only falls of watched metrics with a positive base, in this jurisdiction
      assert.deepEqual(await store().indicators.drops(dropQuery()), [
        { enterpriseId: 'a-both', metric: 'electricity', value: 1, baseValue: 4 },
        { enterpriseId: 'a-both', metric: 'output', value: 0, baseValue: 10 },
        { enterpriseId: 'exact', metric: 'electricity', value: 80, baseValue: 100 },
      ]);
      assert.deepEqual(await store().indicators.drops(dropQuery({ metrics: [] })), []);
      assert.deepEqual(
        (await store().indicators.drops(dropQuery({ minDropPercent: 50 }))).map((d) => d.enterpriseId),
        ['a-both', 'a-both'],
      );
    });

    void it('compares with any base month (e.g. the same month a year before)', async () => {
      // given March 2025 and March 2026, and a February 2026 figure that would not count
      await store().transact(
        upsert([
          figure({ month: '2025-03', value: 200 }),
          figure({ month: '2026-02', value: 90 }),
          figure({ month: '2026-03', value: 100 }),
        ]),
      );
      // then March fell by half year on year, not month on month
      assert.deepEqual(await store().indicators.drops(dropQuery({ baseMonth: '2025-03' })), [
        { enterpriseId: 'ent-1', metric: 'electricity', value: 100, baseValue: 200 },
      ]);
      assert.deepEqual(await store().indicators.drops(dropQuery()), []);
    });

    void it('writes no figure of a batch that fails later', async () => {
      // when a batch sets figures, then updates a missing case
      const batch = [
        ...upsert([figure(), figure({ month: '2026-03' })]),
        { kind: 'case.update' as const, id: aCase().id, patch: { title: 'x' } },
      ];
      await assert.rejects(store().transact(batch), domainError('NotFoundError', 'not_found'));
      // then nothing was written
      assert.equal((await store().indicators.list({ jurisdiction: 'hz' })).total, 0);
    });
  });
}
