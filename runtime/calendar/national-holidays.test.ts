import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../common/errors.js';
import { dayNumberOf } from './local-day.js';
import { NationalCalendar } from './national-calendar.js';
import { isCoveredByNationalData, nationalDataCoverage } from './national-holidays.js';

const national = new NationalCalendar();
const isNationalWorkday = (date: string): boolean => national.isWorking(dayNumberOf(date));

/** Local dates from `from` to `to` inclusive (same month). */
function datesOf(month: string, from: number, to: number): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d++) dates.push(`${month}-${String(d).padStart(2, '0')}`);
  return dates;
}

/** Each of `dates` is a national working day (`working`), or each is not; a failure names the date. */
function assertWorking(working: boolean, ...dates: string[]): void {
  for (const date of dates) assert.equal(isNationalWorkday(date), working, date);
}

describe('national working days (国务院办公厅 holiday arrangements, from chinese-days)', () => {
  test('National Day 2025: Oct 1-8 off, Sun Sep 28 and Sat Oct 11 are 调休 workdays', () => {
    // given 国办发明电〔2024〕12号: 10月1日至8日放假调休，9月28日（周日）、10月11日（周六）上班
    // then every day of the holiday is off
    assertWorking(false, ...datesOf('2025-10', 1, 8));
    // and the make-up weekend days are working days, the ordinary weekend days next to them are not
    assertWorking(true, '2025-09-28', '2025-10-11');
    assertWorking(false, '2025-09-27', '2025-10-12');
    // and the days around the holiday are ordinary working days
    assertWorking(true, '2025-09-30', '2025-10-09');
  });

  test('Spring Festival 2026: Feb 15-23 off, Sat Feb 14 and Sat Feb 28 are 调休 workdays', () => {
    // given 春节：2月15日（周日）至23日（周一）放假调休，共9天，2月14日（周六）、2月28日（周六）上班
    assertWorking(false, ...datesOf('2026-02', 15, 23));
    assertWorking(true, '2026-02-14', '2026-02-28', '2026-02-13', '2026-02-24');
  });

  test('New Year 2026: Jan 1-3 off, Sun Jan 4 is a 调休 workday', () => {
    // given 元旦：1月1日（周四）至3日（周六）放假调休，共3天，1月4日（周日）上班
    assertWorking(false, ...datesOf('2026-01', 1, 3));
    assertWorking(true, '2026-01-04', '2025-12-31');
  });

  test('a plain week: Monday to Friday work, the weekend does not', () => {
    // given the week of 9 March 2026, which has no holiday arrangement
    assertWorking(true, ...datesOf('2026-03', 9, 13));
    assertWorking(false, '2026-03-14', '2026-03-15');
  });

  test('the package covers 2004-2026; outside it the statutory days by law, then Monday-Friday', () => {
    assert.deepEqual({ ...nationalDataCoverage }, { firstYear: 2004, lastYear: 2026 });
    assert.equal(isCoveredByNationalData(2026), true);
    assert.equal(isCoveredByNationalData(2027), false);
    // given no 2027 arrangement yet, then Fri 1 Oct 2027 (国庆节, 国务院令第795号) rests by law
    assertWorking(false, '2027-10-01');
    // and Mon 4 Oct 2027, beyond the 3 statutory days, works until a notice says otherwise
    assertWorking(true, '2027-10-04');
    // and 1 Oct 2003 rests under 国务院令第270号 (国庆节 10月1日至3日)
    assertWorking(false, '2003-10-01');
    assertWorking(true, '2003-10-06');
  });

  test('a string that is not a real local date is refused', () => {
    assert.throws(() => isNationalWorkday('2026-02-30'), InputError);
    assert.throws(() => isNationalWorkday('2026-2-3'), InputError);
  });
});
