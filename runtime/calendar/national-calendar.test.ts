import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { calendarStatus, isProvisionalDeadline } from './calendar-status.js';
import type { HolidayArrangement } from './holiday-arrangement.js';
import { dayNumberOf, formatLocalDate, isMondayToFriday } from './local-day.js';
import { NationalCalendar } from './national-calendar.js';
import { WorkingCalendar } from './working-calendar.js';

const data = packageData as { holidays: Record<string, string>; workdays: Record<string, string> };
const at = (beijing: string): Date => new Date(`${beijing}:00+08:00`);
const endOf = (date: string): Date => new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 86_400_000);

/** A 2027 arrangement: 春节 5-13 Feb off, Sun 14 and Sat 20 Feb worked (as a notice would say). */
const spring2027: HolidayArrangement = {
  holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-13' }],
  workdays: [
    { date: '2027-02-14', name: '春节' },
    { date: '2027-02-20', name: '春节' },
  ],
};

describe('NationalCalendar: official arrangements, then statutory days, then Monday-Friday', () => {
  test('every day of 2004-2026 is exactly the chinese-days package (official, source package)', () => {
    const national = new NationalCalendar();
    let days = 0;
    for (let day = dayNumberOf('2004-01-01'); day <= dayNumberOf('2026-12-31'); day++, days++) {
      const date = formatLocalDate(day);
      const expected = Object.hasOwn(data.workdays, date)
        ? true
        : Object.hasOwn(data.holidays, date)
          ? false
          : isMondayToFriday(day);
      const status = national.day(day);
      assert.equal(status.working, expected, date);
      const listed = Object.hasOwn(data.workdays, date) || Object.hasOwn(data.holidays, date);
      assert.equal(status.source, listed ? 'package' : 'weekday', date);
    }
    assert.equal(days, 8401);
    for (let year = 2004; year <= 2026; year++)
      assert.equal(national.yearStatus(year), 'official', `${year}`);
  });

  test('a year without an official arrangement is provisional: statutory days by law, then Monday-Friday', () => {
    const national = new NationalCalendar();
    assert.equal(national.yearStatus(2027), 'provisional');
    assert.equal(national.yearSource(2027), 'statutory');
    assert.deepEqual(national.day(dayNumberOf('2027-02-05')), {
      working: false,
      source: 'statutory',
      name: '春节',
    });
    assert.deepEqual(national.day(dayNumberOf('2027-02-09')), { working: true, source: 'weekday' });
    // 2028: 10月3日 is a statutory day of both 国庆节 and 中秋节
    assert.deepEqual(national.day(dayNumberOf('2028-10-03')), {
      working: false,
      source: 'statutory',
      name: '国庆节、中秋节',
    });
    assert.equal(national.yearStatus(2003), 'provisional');
  });

  test('an entered notice makes the year official; a statutory day it leaves out still rests', () => {
    // given a 2027 notice that arranges only 春节
    const national = new NationalCalendar();
    national.setArrangement(2027, spring2027);
    assert.equal(national.yearStatus(2027), 'official');
    assert.equal(national.yearSource(2027), 'notice');
    assert.deepEqual(national.day(dayNumberOf('2027-02-09')), {
      working: false,
      source: 'notice',
      name: '春节',
    });
    assert.deepEqual(national.day(dayNumberOf('2027-02-14')), {
      working: true,
      source: 'notice',
      name: '春节',
    });
    // then 元旦, which it does not mention, rests by law
    assert.deepEqual(national.day(dayNumberOf('2027-01-01')), {
      working: false,
      source: 'statutory',
      name: '元旦',
    });
  });

  test('an entered arrangement overrides the package for its year, and only that year', () => {
    const national = new NationalCalendar();
    national.setArrangement(2026, {
      holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-01' }],
      workdays: [],
    });
    assert.equal(national.yearSource(2026), 'notice');
    assert.equal(national.isWorking(dayNumberOf('2026-01-02')), true); // the package had it off
    assert.equal(national.yearSource(2025), 'package');
  });

  test('a preview copy leaves the calendar in force untouched', () => {
    const national = new NationalCalendar();
    const preview = national.withArrangement(2027, spring2027);
    assert.equal(preview.isWorking(dayNumberOf('2027-02-09')), false);
    assert.equal(national.isWorking(dayNumberOf('2027-02-09')), true);
    assert.equal(national.yearStatus(2027), 'provisional');
  });

  test('a WorkingCalendar drops its cached days when the national calendar changes', () => {
    // given a 10-working-day deadline computed while 2027 is provisional
    const national = new NationalCalendar();
    const calendar = new WorkingCalendar(undefined, national);
    const receivedAt = at('2027-01-25T09:00');
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 10), endOf('2027-02-10'));
    // when the notice is entered, then the same calendar counts with it at once
    national.setArrangement(2027, spring2027);
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 10), endOf('2027-02-15'));
    // and a local holiday still beats the national calendar
    const local = new WorkingCalendar(
      {
        utcOffsetMinutes: 480,
        dayStartsAt: '09:00',
        dayEndsAt: '24:00',
        extraHolidays: ['2027-02-14'],
        extraWorkdays: [],
      },
      national,
    );
    assert.deepEqual(local.dayStatus('2027-02-14'), { working: false, source: 'local' });
    assert.deepEqual(local.addWorkingDays(receivedAt, 10), endOf('2027-02-16'));
  });
});

describe('calendarStatus: nobody is surprised by a provisional year', () => {
  const national = new NationalCalendar();

  test('before 1 November (Beijing time) next year provisional is reported, without a banner', () => {
    assert.deepEqual(calendarStatus(national, at('2026-10-31T23:59')), {
      provisionalYears: [2027],
      banner: null,
    });
  });

  test('from 1 November the banner names next year', () => {
    assert.deepEqual(calendarStatus(national, at('2026-11-01T00:00')), {
      provisionalYears: [2027],
      banner: '2027 年节假日安排尚未录入，期限按法定节假日临时计算',
    });
    // 2026-10-31T16:00Z is already 1 November in Beijing
    assert.notEqual(calendarStatus(national, new Date('2026-10-31T16:00:00Z')).banner, null);
  });

  test('a year still provisional once it has begun is announced all year; an entered year is not', () => {
    assert.equal(
      calendarStatus(national, at('2027-03-01T10:00')).banner,
      '2027 年节假日安排尚未录入，期限按法定节假日临时计算',
    );
    const entered = national.withArrangement(2027, spring2027);
    assert.deepEqual(calendarStatus(entered, at('2027-03-01T10:00')), {
      provisionalYears: [2028],
      banner: null,
    });
  });

  test('a deadline is provisional when its due day lies in a provisional year', () => {
    // the end of 31 Dec 2026 is 00:00 on 1 Jan 2027, but the due day is 31 Dec 2026 (official)
    assert.equal(isProvisionalDeadline(national, endOf('2026-12-31').toISOString()), false);
    assert.equal(isProvisionalDeadline(national, endOf('2027-01-04').toISOString()), true);
    assert.equal(isProvisionalDeadline(national, null), false);
  });
});
