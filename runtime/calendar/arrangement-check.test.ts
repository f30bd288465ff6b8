import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkArrangement } from './arrangement-check.js';
import type { HolidayArrangement } from './holiday-arrangement.js';

/** A sound 2027 arrangement (every statutory day inside its holiday's span). */
const sound: HolidayArrangement = {
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
    { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
    { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
    { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  workdays: [
    { date: '2027-02-14', name: '春节' },
    { date: '2027-02-20', name: '春节' },
  ],
};
const withChanges = (over: Partial<HolidayArrangement>): HolidayArrangement => ({ ...sound, ...over });
const errorsOf = (a: HolidayArrangement) => checkArrangement(2027, a).errors.map((e) => [e.path, e.code]);
const warningsOf = (a: HolidayArrangement) => checkArrangement(2027, a).warnings.map((e) => [e.path, e.code]);

describe('arrangement check: what a notice may not say', () => {
  test('a sound arrangement passes without a warning', () => {
    assert.deepEqual(checkArrangement(2027, sound), { errors: [], warnings: [] });
  });

  test('overlapping spans are refused at the later span', () => {
    const holidays = [...sound.holidays, { name: '国庆节', from: '2027-10-07', to: '2027-10-08' }];
    const [error] = checkArrangement(2027, withChanges({ holidays })).errors;
    assert.deepEqual(error, {
      path: '/holidays/7/from',
      code: 'overlapping_spans',
      reason: '与「国庆节」的放假时间重叠（2027-10-07）',
    });
  });

  test('a make-up workday inside a rest span is refused (contradictory)', () => {
    assert.deepEqual(errorsOf(withChanges({ workdays: [{ date: '2027-02-07' }] })), [
      ['/workdays/0/date', 'workday_in_rest_span'],
    ]);
  });

  test('a make-up workday on a statutory holiday is refused, even outside any span', () => {
    const holidays = sound.holidays.filter((h) => h.name !== '中秋节');
    const [error] = checkArrangement(2027, { holidays, workdays: [{ date: '2027-09-15' }] }).errors;
    assert.deepEqual(error, {
      path: '/workdays/0/date',
      code: 'workday_on_statutory_holiday',
      reason: '2027-09-15 是法定节假日（中秋节），不能调休上班',
    });
  });

  test('a date outside the year, a date that does not exist, a reversed or month-long span are refused', () => {
    assert.deepEqual(errorsOf(withChanges({ workdays: [{ date: '2028-01-08' }] })), [
      ['/workdays/0/date', 'outside_year'],
    ]);
    assert.deepEqual(
      errorsOf(
        withChanges({ holidays: [{ name: '元旦', from: '2027-02-30', to: '2027-03-01' }], workdays: [] }),
      ),
      [['/holidays/0/from', 'invalid_date']],
    );
    assert.deepEqual(
      errorsOf(
        withChanges({ holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }], workdays: [] }),
      ),
      [['/holidays/0/to', 'span_reversed']],
    );
    assert.deepEqual(
      errorsOf(
        withChanges({ holidays: [{ name: '春节', from: '2027-01-20', to: '2027-03-01' }], workdays: [] }),
      ),
      [['/holidays/0/to', 'span_too_long']],
    );
  });

  test('a workday listed twice and a span without a name are refused', () => {
    assert.deepEqual(errorsOf(withChanges({ workdays: [{ date: '2027-02-20' }, { date: '2027-02-20' }] })), [
      ['/workdays/1/date', 'duplicate_workday'],
    ]);
    assert.deepEqual(
      errorsOf(
        withChanges({ holidays: [{ name: ' ', from: '2027-01-01', to: '2027-01-01' }], workdays: [] }),
      ),
      [['/holidays/0/name', 'missing_name']],
    );
  });

  test('warnings: a span without its statutory days, an unknown name, a weekday "workday", a holiday not arranged', () => {
    const holidays = sound.holidays.map((h) => (h.name === '春节' ? { ...h, from: '2027-02-06' } : h));
    assert.deepEqual(warningsOf(withChanges({ holidays })), [
      ['/holidays/1/name', 'span_misses_statutory_days'],
    ]);
    assert.equal(
      checkArrangement(2027, withChanges({ holidays })).warnings[0]?.reason,
      '「春节」的放假时间未包含春节的法定假日 2027-02-05',
    );
    const renamed = sound.holidays.map((h) => (h.name === '端午节' ? { ...h, name: '龙舟节' } : h));
    assert.deepEqual(warningsOf(withChanges({ holidays: renamed })), [
      ['/holidays/4/name', 'unknown_holiday'],
      ['/holidays', 'statutory_holiday_missing'],
    ]);
    assert.deepEqual(warningsOf(withChanges({ workdays: [{ date: '2027-02-16' }] })), [
      ['/workdays/0/date', 'workday_not_weekend'],
    ]);
  });

  test('paths follow the source: a notice line or a file row', () => {
    const [error] = checkArrangement(2027, withChanges({ workdays: [{ date: '2027-02-07' }] }), (list, i) =>
      list === 'workdays' ? `/notice/lines/${i + 3}` : `/notice/lines/${i + 1}`,
    ).errors;
    assert.equal(error?.path, '/notice/lines/3');
  });
});
