import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DefinitionError } from '../common/errors.js';
import { WorkingCalendar, defaultChinaCalendar } from './index.js';

/** An instant in Beijing time, e.g. at('2025-09-26T17:30'). */
const at = (beijing: string): Date => new Date(`${beijing}:00+08:00`);
/** The instant 24:00 Beijing time on a local date (the default dayEndsAt). */
const endOf = (date: string): Date => new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 86_400_000);

const calendar = new WorkingCalendar(defaultChinaCalendar);

describe('deadlines: "within n working days", counted from the day after receipt (期间开始之日不计算在内)', () => {
  test('from the Friday 17:30 a week before National Day 2025, n = 1, 5, 10, 15', () => {
    // given a request received Fri 26 Sep 2025 17:30; Sun 28 Sep is a 调休 workday, Oct 1-8 are off
    const receivedAt = at('2025-09-26T17:30');
    // then n = 1 falls on the make-up Sunday, n = 5 after the holiday, n = 10 and 15 weeks later
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 1), endOf('2025-09-28'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 4), endOf('2025-10-09'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 5), endOf('2025-10-10'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 6), endOf('2025-10-11')); // 调休 Saturday
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 10), endOf('2025-10-16'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 15), endOf('2025-10-23'));
  });

  test('from 17:30 on the last working day before a holiday, n = 1 is the first working day after it', () => {
    // given Fri 30 Sep 2022, the eve of National Day 2022 (Oct 1-7 off, Sat Oct 8 and Sun Oct 9 worked)
    assert.deepEqual(calendar.addWorkingDays(at('2022-09-30T17:30'), 1), endOf('2022-10-08'));
    // given Fri 3 Apr 2026, the eve of Qingming 2026 (Apr 4-6 off)
    const receivedAt = at('2026-04-03T17:30');
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 1), endOf('2026-04-07'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 5), endOf('2026-04-13'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 10), endOf('2026-04-20'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 15), endOf('2026-04-27'));
  });

  test('across Spring Festival 2026 and New Year 2026', () => {
    // given Fri 13 Feb 2026: Sat Feb 14 worked, Feb 15-23 off, Sat Feb 28 worked
    const receivedAt = at('2026-02-13T17:30');
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 1), endOf('2026-02-14'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 2), endOf('2026-02-24'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 6), endOf('2026-02-28'));
    // given Wed 31 Dec 2025: Jan 1-3 off, Sun Jan 4 worked
    assert.deepEqual(calendar.addWorkingDays(at('2025-12-31T17:30'), 1), endOf('2026-01-04'));
  });

  test('the hour of receipt does not matter; n = 0 is the end of the receipt day or the next working day', () => {
    assert.deepEqual(calendar.addWorkingDays(at('2026-03-10T00:01'), 3), endOf('2026-03-13'));
    assert.deepEqual(calendar.addWorkingDays(at('2026-03-10T23:59'), 3), endOf('2026-03-13'));
    assert.deepEqual(calendar.addWorkingDays(at('2026-03-10T10:00'), 0), endOf('2026-03-10'));
    // given receipt during National Day 2025, then n = 0 is the end of the first working day after it
    assert.deepEqual(calendar.addWorkingDays(at('2025-10-03T10:00'), 0), endOf('2025-10-09'));
    assert.throws(() => calendar.addWorkingDays(at('2026-03-10T10:00'), -1), RangeError);
  });

  test('late at night in UTC is already the next day in Beijing (fixed offset 480)', () => {
    // given 2025-09-29 16:30 UTC, which is Tue 30 Sep 00:30 in Beijing, the last day before the holiday
    const receivedAt = new Date('2025-09-29T16:30:00Z');
    assert.equal(calendar.localDate(receivedAt), '2025-09-30');
    // then counting starts after Sep 30 (not after Sep 29, as a UTC calendar would)
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 1), new Date('2025-10-09T16:00:00Z'));
    assert.deepEqual(calendar.addWorkingDays(receivedAt, 0), new Date('2025-09-30T16:00:00Z'));
  });

  test('a dayEndsAt earlier than 24:00 makes the deadline fall at that local time', () => {
    const officeHours = new WorkingCalendar({ ...defaultChinaCalendar, dayEndsAt: '17:30' });
    assert.deepEqual(officeHours.addWorkingDays(at('2025-09-30T08:00'), 1), at('2025-10-09T17:30'));
  });
});

describe('per-jurisdiction overrides beat the national data', () => {
  const local = new WorkingCalendar({
    ...defaultChinaCalendar,
    extraHolidays: ['2026-03-10', '2025-09-28'], // a local holiday; a national 调休 Sunday not worked here
    extraWorkdays: ['2025-10-08', '2026-03-14'], // a national holiday worked here; a local make-up Saturday
  });

  test('extra holidays and extra workdays change single days', () => {
    assert.equal(local.isWorkingDate('2026-03-10'), false);
    assert.equal(local.isWorkingDate('2025-09-28'), false);
    assert.equal(local.isWorkingDay(at('2025-10-08T10:00')), true);
    assert.equal(local.isWorkingDate('2026-03-14'), true);
    assert.equal(calendar.isWorkingDate('2025-10-08'), false);
  });

  test('and move deadlines', () => {
    // given Fri 26 Sep 2025 17:30, Sun Sep 28 is not worked locally but Wed Oct 8 is
    const receivedAt = at('2025-09-26T17:30');
    assert.deepEqual(local.addWorkingDays(receivedAt, 1), endOf('2025-09-29'));
    assert.deepEqual(local.addWorkingDays(receivedAt, 3), endOf('2025-10-08'));
    assert.equal(local.nextWorkingDay('2026-03-09'), '2026-03-11');
  });

  test('a config with a bad time, a bad date or a date both ways is refused with every problem', () => {
    const bad = { ...defaultChinaCalendar, dayEndsAt: '25:00', extraHolidays: ['2026-13-01', '2026-03-10'] };
    assert.throws(
      () => new WorkingCalendar({ ...bad, extraWorkdays: ['2026-03-10'] }),
      (e: unknown) => e instanceof DefinitionError && e.details.length === 3,
    );
  });
});

describe('elapsed working days, reminders and overdue days', () => {
  test('workingDaysBetween counts working days after the first day up to and including the last', () => {
    // given received Mon 9 Mar 2026 10:00 and answered Wed 11 Mar 15:00: handled in 2 working days
    assert.equal(calendar.workingDaysBetween(at('2026-03-09T10:00'), at('2026-03-11T15:00')), 2);
    assert.equal(calendar.workingDaysBetween(at('2026-03-09T10:00'), at('2026-03-09T18:00')), 0);
    // given Fri 26 Sep 2025 to Thu 9 Oct 2025: Sep 28 (调休), 29, 30, Oct 9
    assert.equal(calendar.workingDaysBetween(at('2025-09-26T17:30'), at('2025-10-09T10:00')), 4);
    assert.equal(calendar.workingDaysBetween(at('2025-10-09T10:00'), at('2025-09-26T17:30')), -4);
  });

  test('an answer just before the deadline took exactly n working days', () => {
    const receivedAt = at('2026-02-13T17:30');
    const lastMoment = new Date(calendar.addWorkingDays(receivedAt, 10).getTime() - 1);
    assert.equal(calendar.workingDaysBetween(receivedAt, lastMoment), 10);
  });

  test('startOfNextWorkingDay skips the holiday and lands on the 调休 Saturday', () => {
    // given Tue 30 Sep 2025 18:00, then the next reminder goes out Thu 9 Oct 09:00 Beijing
    assert.deepEqual(calendar.startOfNextWorkingDay(at('2025-09-30T18:00')), at('2025-10-09T09:00'));
    // given a working day before 09:00, then the same day; exactly 09:00, then the next working day
    assert.deepEqual(calendar.startOfNextWorkingDay(at('2025-10-09T08:30')), at('2025-10-09T09:00'));
    assert.deepEqual(calendar.startOfNextWorkingDay(at('2025-10-09T09:00')), at('2025-10-10T09:00'));
    assert.deepEqual(calendar.startOfNextWorkingDay(at('2025-10-10T18:00')), at('2025-10-11T09:00'));
  });

  test('warningStartsAt is the morning of the n-th last working day of the window (预警件)', () => {
    // given a deadline at the end of Thu 9 Oct 2025, the first working day after National Day
    const deadline = endOf('2025-10-09');
    // then 1 working day before flags the morning of the due day itself
    assert.deepEqual(calendar.warningStartsAt(deadline, 1), at('2025-10-09T09:00'));
    // and 2 skips the holiday back to Tue 30 Sep; 0 configures no warning
    assert.deepEqual(calendar.warningStartsAt(deadline, 2), at('2025-09-30T09:00'));
    assert.equal(calendar.warningStartsAt(deadline, 0), null);
  });

  test('workingDaysOverdue counts the working days after the due day, up to and including today', () => {
    // given a deadline at the end of Tue 30 Sep 2025
    const deadline = endOf('2025-09-30');
    assert.equal(calendar.workingDaysOverdue(deadline, at('2025-09-30T23:00')), 0);
    assert.equal(calendar.workingDaysOverdue(deadline, at('2025-10-05T10:00')), 0); // 国庆 holiday
    assert.equal(calendar.workingDaysOverdue(deadline, at('2025-10-09T10:00')), 1);
    assert.equal(calendar.workingDaysOverdue(deadline, at('2025-10-11T10:00')), 3);
    // given a 17:30 deadline, then later that evening it is late but not yet a working day overdue
    assert.equal(calendar.workingDaysOverdue(at('2026-03-10T17:30'), at('2026-03-10T18:00')), 0);
    assert.equal(calendar.workingDaysOverdue(at('2026-03-10T17:30'), at('2026-03-11T08:00')), 1);
  });
});

describe('host independence and the hot path', () => {
  test('results do not depend on the host time zone', () => {
    const hostZone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const fresh = new WorkingCalendar();
      assert.equal(fresh.isWorkingDate('2025-10-13'), true); // a Monday; chinese-days' isWorkday says false here
      assert.deepEqual(fresh.addWorkingDays(at('2025-09-26T17:30'), 5), endOf('2025-10-10'));
    } finally {
      if (hostZone === undefined) delete process.env.TZ;
      else process.env.TZ = hostZone;
    }
  });

  test('addWorkingDays up to 30 days formats no dates through Intl, even on a cold cache', () => {
    // given every Intl entry point replaced by one that throws
    const originals = {
      format: Intl.DateTimeFormat,
      localeString: Date.prototype.toLocaleString,
      localeDate: Date.prototype.toLocaleDateString,
    };
    const forbidden = (): never => {
      throw new Error('Intl used on the hot path');
    };
    Intl.DateTimeFormat = forbidden as unknown as typeof Intl.DateTimeFormat;
    Date.prototype.toLocaleString = forbidden;
    Date.prototype.toLocaleDateString = forbidden;
    try {
      // when deadlines for n = 0..30 are computed on a calendar that has cached nothing yet
      const cold = new WorkingCalendar();
      for (let n = 0; n <= 30; n++) cold.addWorkingDays(at('2024-09-27T17:30'), n);
      // then they succeed (National Day 2024: Oct 1-7 off, Sun Sep 29 and Sat Oct 12 worked)
      assert.deepEqual(cold.addWorkingDays(at('2024-09-27T17:30'), 30), endOf('2024-11-13'));
    } finally {
      Intl.DateTimeFormat = originals.format;
      Date.prototype.toLocaleString = originals.localeString;
      Date.prototype.toLocaleDateString = originals.localeDate;
    }
  });
});
