import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HolidayArrangementRecord } from '../holiday-arrangements.js';
import { domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

const saved = (over: Partial<HolidayArrangementRecord> = {}): HolidayArrangementRecord => ({
  year: 2027,
  version: 1,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12' },
  ],
  workdays: [{ date: '2027-02-13', name: '春节' }, { date: '2027-02-20' }],
  note: '国办发明电〔2026〕7号',
  enteredAt: '2026-11-12T02:00:00.000Z',
  enteredBy: 'user_admin',
  enteredByName: '平台管理员',
  ...over,
});
const insert = (record: HolidayArrangementRecord) => ({ kind: 'holidayArrangement.insert' as const, record });

/** National holiday arrangements (国务院办公厅 notices entered on the platform): immutable versions per year. */
export function describeHolidayArrangementConformance(open: OpenStore): void {
  void describe('national holiday arrangements', () => {
    const store = freshStorePerTest(open);

    void it('keeps every version of a year, newest first, exactly as written', async () => {
      // given two versions of 2027, entered one after the other
      const first = saved();
      const second = saved({
        version: 2,
        workdays: [],
        note: '更正：取消调休',
        enteredAt: '2026-11-20T02:00:00.000Z',
      });
      await store().transact([insert(first)]);
      await store().transact([insert(second)]);
      // then the history lists both, newest first, field for field
      assert.deepEqual(await store().calendar.history(2027), [second, first]);
      assert.deepEqual(await store().calendar.history(2028), []);
    });

    void it('lists the newest version of each year, by year', async () => {
      // given 2028 v1, 2027 v1 and v2
      await store().transact([
        insert(saved({ year: 2028, holidays: [{ name: '元旦', from: '2028-01-01', to: '2028-01-01' }] })),
      ]);
      await store().transact([insert(saved()), insert(saved({ version: 2, note: '第二版' }))]);
      // then one per year, the newest, in year order
      const latest = await store().calendar.latest();
      assert.deepEqual(
        latest.map((r) => [r.year, r.version, r.note]),
        [
          [2027, 2, '第二版'],
          [2028, 1, '国办发明电〔2026〕7号'],
        ],
      );
    });

    void it('never rewrites a saved version: the same again is a no-op, other content is refused with nothing written', async () => {
      // given version 1 saved
      await store().transact([insert(saved())]);
      // when the same record is written again (a replay), nothing changes
      await store().transact([insert(saved())]);
      assert.equal((await store().calendar.history(2027)).length, 1);
      // when other content claims version 1 in a batch with another write, the batch is refused
      await assert.rejects(
        store().transact([insert(saved({ year: 2029 })), insert(saved({ note: '冲突' }))]),
        domainError('ConflictError', 'version_exists'),
      );
      // then neither write happened
      assert.deepEqual(
        (await store().calendar.history(2027)).map((r) => r.note),
        ['国办发明电〔2026〕7号'],
      );
      assert.deepEqual(await store().calendar.history(2029), []);
    });
  });
}
