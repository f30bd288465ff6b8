/**
 * A year's arrangement from an iCalendar file (.ics), as the common Chinese holiday calendars publish
 * it (e.g. the `chinese-days` package's holidays.ics): one all-day VEVENT per rest span or make-up
 * workday, its SUMMARY marking which — `春节(休)` / `春节（休）` / `…放假` for rest, `春节(班)` /
 * `…补班` / `…上班` for work; without a marker, Apple's `X-APPLE-SPECIAL-DAY` (WORK-HOLIDAY /
 * ALTERNATE-WORKDAY) decides. The name is the summary without the marker. DTEND is exclusive (RFC 5545);
 * a date-time event counts on the date it is written in. Events of other years are left out (feeds
 * span several years); events that say neither are left out with a warning.
 */
import ICAL from 'ical.js';
import { InputError } from '../common/errors.js';
import type { Problem } from './arrangement-check.js';
import type { HolidayArrangement } from './holiday-arrangement.js';
import { dayNumberOf, formatLocalDate } from './local-day.js';

/** An arrangement read from a file, with where each item came from (for error paths). */
export interface ArrangementFile {
  arrangement: HolidayArrangement;
  holidayPaths: string[];
  workdayPaths: string[];
  warnings: Problem[];
}

const maxEvents = 2000;
const restMarker = /\s*(?:[(（]\s*休\s*[)）]|放假|休息|休)\s*$/;
const workMarker = /\s*(?:[(（]\s*班\s*[)）]|补班|上班|调休上班|班)\s*$/;

export function readArrangementIcs(year: number, text: string): ArrangementFile {
  let events: ICAL.Component[];
  try {
    events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  } catch (cause) {
    throw new InputError('不是有效的 iCalendar（.ics）文件', [
      { path: '/file', reason: String((cause as Error).message ?? cause), code: 'invalid_ics' },
    ]);
  }
  if (events.length > maxEvents)
    throw new InputError(`至多 ${maxEvents} 个事件`, [
      { path: '/file', reason: `共 ${events.length} 个事件`, code: 'too_many_events' },
    ]);
  const out: ArrangementFile = {
    arrangement: { holidays: [], workdays: [] },
    holidayPaths: [],
    workdayPaths: [],
    warnings: [],
  };
  let otherYears = 0;
  events.forEach((vevent, i) => {
    const path = `/file/events/${i + 1}`;
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    if (!start) return;
    const first = dayNumberOf(`${start.year}-${pad(start.month)}-${pad(start.day)}`);
    const end = event.endDate;
    const endDay = end ? dayNumberOf(`${end.year}-${pad(end.month)}-${pad(end.day)}`) : first + 1;
    const last = Math.max(
      first,
      end && !end.isDate && (end.hour || end.minute || end.second) ? endDay : endDay - 1,
    );
    if (!formatLocalDate(first).startsWith(`${year}-`) && !formatLocalDate(last).startsWith(`${year}-`))
      return void otherYears++;
    const summary = String(event.summary ?? '').trim();
    const apple = String(vevent.getFirstPropertyValue('x-apple-special-day') ?? '').toUpperCase();
    const rest = restMarker.test(summary) || (!workMarker.test(summary) && apple === 'WORK-HOLIDAY');
    const work = !rest && (workMarker.test(summary) || apple === 'ALTERNATE-WORKDAY');
    const name = summary.replace(rest ? restMarker : workMarker, '').trim();
    if (rest) {
      out.arrangement.holidays.push({ name, from: formatLocalDate(first), to: formatLocalDate(last) });
      out.holidayPaths.push(path);
    } else if (work)
      for (let day = first; day <= last; day++) {
        out.arrangement.workdays.push(
          name ? { date: formatLocalDate(day), name } : { date: formatLocalDate(day) },
        );
        out.workdayPaths.push(path);
      }
    else out.warnings.push({ path, code: 'event_ignored', reason: `“${summary}”未标明休或班，已忽略` });
  });
  if (otherYears)
    out.warnings.push({
      path: '/file',
      code: 'other_years_ignored',
      reason: `忽略了其他年份的 ${otherYears} 个事件`,
    });
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
