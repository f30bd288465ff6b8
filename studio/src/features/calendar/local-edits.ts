import type { CalendarDay, LocalOverrides } from '../../api/calendar-types';

/** A date's local standing: 本地休息日, 本地调休上班, or as the national calendar has it. */
export type LocalState = 'holiday' | 'workday' | 'national';

export function localState(o: LocalOverrides, date: string): LocalState {
  if (o.extraHolidays.includes(date)) return 'holiday';
  if (o.extraWorkdays.includes(date)) return 'workday';
  return 'national';
}

/** What a click makes of a day: back to national if it was changed locally, else the opposite of today. */
export function nextState(o: LocalOverrides, day: CalendarDay): LocalState {
  if (localState(o, day.date) !== 'national') return 'national';
  return day.working ? 'holiday' : 'workday';
}

/** The overrides with one date set to `state` (dates kept sorted). */
export function withState(o: LocalOverrides, date: string, state: LocalState): LocalOverrides {
  const drop = (list: string[]) => list.filter((d) => d !== date);
  const add = (list: string[]) => [...list, date].sort();
  return {
    extraHolidays: state === 'holiday' ? add(drop(o.extraHolidays)) : drop(o.extraHolidays),
    extraWorkdays: state === 'workday' ? add(drop(o.extraWorkdays)) : drop(o.extraWorkdays),
  };
}

/** Dates of `days` whose local standing differs between the saved and the edited overrides. */
export function pendingDates(days: CalendarDay[], saved: LocalOverrides, edited: LocalOverrides): string[] {
  return days.map((d) => d.date).filter((d) => localState(saved, d) !== localState(edited, d));
}

/**
 * The days as they will be once the edits are saved. A date taken back to the national calendar
 * shows as a plain weekday or weekend until the server answers with the national day itself.
 */
export function editedDays(
  days: CalendarDay[],
  pending: ReadonlySet<string>,
  edited: LocalOverrides,
  names: Record<'holiday' | 'workday', string>,
): CalendarDay[] {
  return days.map((d) => {
    if (!pending.has(d.date)) return d;
    const state = localState(edited, d.date);
    if (state === 'national')
      return { date: d.date, weekend: d.weekend, working: !d.weekend, source: 'weekday' };
    return { ...d, working: state === 'workday', source: 'local', name: names[state] };
  });
}
