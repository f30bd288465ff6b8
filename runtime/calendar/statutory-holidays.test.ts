import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import chineseDays from 'chinese-days';
import { formatLocalDate } from './local-day.js';
import { lunarDay, lunarNewYearsEveDay, qingmingDay } from './lunar-dates.js';
import { ruleSetInForce, statutoryHolidays } from './statutory-holidays.js';

/** Holiday name -> its statutory dates, for a year. */
const byName = (year: number): Record<string, string[]> =>
  Object.fromEntries(statutoryHolidays(year).map((h) => [h.name, h.days.map(formatLocalDate)]));

describe('statutory rest days by law (《全国年节及纪念日放假办法》)', () => {
  test('2027 under 国务院令第795号: 元旦 1, 春节 4 (除夕 + 初一至初三), 清明, 劳动节 2, 端午, 中秋, 国庆 3', () => {
    assert.deepEqual(byName(2027), {
      元旦: ['2027-01-01'],
      // 除夕 is the 29th of 腊月 in lunar 2026 (a 29-day month): Fri 5 Feb; 正月初一 Sat 6 Feb
      春节: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
      清明节: ['2027-04-05'],
      劳动节: ['2027-05-01', '2027-05-02'],
      端午节: ['2027-06-09'],
      中秋节: ['2027-09-15'],
      国庆节: ['2027-10-01', '2027-10-02', '2027-10-03'],
    });
  });

  test('2028: 中秋 (八月十五) falls on 10月3日, the third day of 国庆; the law counts the day once', () => {
    const days = byName(2028);
    assert.deepEqual(days['中秋节'], ['2028-10-03']);
    assert.deepEqual(days['国庆节'], ['2028-10-01', '2028-10-02', '2028-10-03']);
    assert.deepEqual(days['春节'], ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28']);
    assert.deepEqual(days['清明节'], ['2028-04-04']);
    assert.deepEqual(days['端午节'], ['2028-05-28']);
    // the rest days of the year, as a set: 元旦 1 + 春节 4 + 清明 1 + 劳动节 2 + 端午 1 + 国庆/中秋 3 = 12
    const all = new Set(statutoryHolidays(2028).flatMap((h) => h.days));
    assert.equal(all.size, 12);
  });

  test('2014-2024 (国务院令第644号): 春节 初一至初三 without 除夕, 劳动节 1 day', () => {
    assert.deepEqual(byName(2024)['春节'], ['2024-02-10', '2024-02-11', '2024-02-12']);
    assert.deepEqual(byName(2024)['劳动节'], ['2024-05-01']);
    assert.deepEqual(byName(2014)['春节'], ['2014-01-31', '2014-02-01', '2014-02-02']);
    assert.equal(ruleSetInForce('2024-12-31')?.source.startsWith('国务院令第644号'), true);
    assert.equal(ruleSetInForce('2025-01-01')?.source.startsWith('国务院令第795号'), true);
  });

  test('2008-2013 (国务院令第513号): 春节 除夕至初二, 清明/端午/中秋 added, 劳动节 1 day', () => {
    const days = byName(2013);
    assert.deepEqual(days['春节'], ['2013-02-09', '2013-02-10', '2013-02-11']);
    assert.deepEqual(days['清明节'], ['2013-04-04']);
    assert.deepEqual(days['劳动节'], ['2013-05-01']);
    assert.deepEqual(byName(2008)['端午节'], ['2008-06-08']);
    assert.deepEqual(byName(2008)['中秋节'], ['2008-09-14']);
  });

  test('before 2008 (国务院令第270号): no 清明, 端午 or 中秋; 劳动节 and 国庆 3 days each', () => {
    assert.deepEqual(Object.keys(byName(2007)), ['元旦', '春节', '劳动节', '国庆节']);
    assert.deepEqual(byName(2007)['劳动节'], ['2007-05-01', '2007-05-02', '2007-05-03']);
    assert.deepEqual(byName(2007)['春节'], ['2007-02-18', '2007-02-19', '2007-02-20']);
    // 1999: the 1949 rules until 18 September (劳动节 1 day), then 国务院令第270号 (国庆 3 days)
    assert.deepEqual(byName(1999)['劳动节'], ['1999-05-01']);
    assert.deepEqual(byName(1999)['国庆节'], ['1999-10-01', '1999-10-02', '1999-10-03']);
  });

  test('years outside the lunar tables have no statutory days (Monday-Friday only)', () => {
    assert.deepEqual(statutoryHolidays(2100), []);
    assert.deepEqual(statutoryHolidays(1900), []);
  });
});

describe('lunar dates and 清明 from the chinese-days tables, whatever the host time zone', () => {
  test('agree with the package on a host east of UTC (where its date functions are right)', () => {
    const hostZone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      for (let year = 2000; year <= 2060; year++) {
        const newYear = chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
        assert.equal(formatLocalDate(lunarDay(year, 1, 1)), newYear, `${year} 正月初一`);
        assert.equal(
          formatLocalDate(lunarDay(year, 8, 15)),
          chineseDays.getSolarDateFromLunar(`${year}-08-15`).date,
        );
        assert.equal(
          formatLocalDate(qingmingDay(year)),
          chineseDays.getSolarTermDate(year, 4, 'pure_brightness'),
        );
      }
    } finally {
      if (hostZone === undefined) delete process.env.TZ;
      else process.env.TZ = hostZone;
    }
  });

  test('give the same days west of UTC, where the package is a day off', () => {
    const hostZone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      assert.equal(formatLocalDate(lunarNewYearsEveDay(2027)), '2027-02-05');
      assert.equal(formatLocalDate(qingmingDay(2027)), '2027-04-05');
      assert.equal(formatLocalDate(lunarDay(2028, 8, 15)), '2028-10-03');
    } finally {
      if (hostZone === undefined) delete process.env.TZ;
      else process.env.TZ = hostZone;
    }
  });

  test('除夕 is the last day of 腊月, 29 or 30 days long', () => {
    // lunar 2026's 腊月 has 29 days: 除夕 = 廿九 (Fri 5 Feb 2027)
    assert.equal(chineseDays.monthDays(2026, 12), 29);
    assert.equal(formatLocalDate(lunarNewYearsEveDay(2027)), '2027-02-05');
    // lunar 2023's has 30 (a leap 闰二月 before it): 除夕 = 三十 (Fri 9 Feb 2024)
    assert.equal(chineseDays.monthDays(2023, 12), 30);
    assert.equal(formatLocalDate(lunarNewYearsEveDay(2024)), '2024-02-09');
  });
});
