/**
 * The statutory rest days (法定节假日) of a year computed by law (statutory-rules.ts): each day of
 * each holiday under the rule set in force on that day. Pure; memoized per year.
 */
import { lunarDay, lunarNewYearsEveDay, lunarTableYears, qingmingDay } from './lunar-dates.js';
import { dayNumberOf } from './local-day.js';
import { statutoryRuleSets, type HolidayDay, type StatutoryRuleSet } from './statutory-rules.js';

export interface StatutoryHolidayDays {
  /** Chinese name, e.g. 春节. */
  name: string;
  /** Day numbers, ascending. */
  days: number[];
  /** The act the days come from (the later one in a year a revision took effect). */
  source: string;
}

const memo = new Map<number, readonly StatutoryHolidayDays[]>();

/**
 * The year's holidays with their statutory days, in calendar order. Two holidays may share a day
 * (2028: 中秋 on 10月3日, the third day of 国庆): the law counts it once, the notice decides any 补休.
 * Years outside the lunar tables (1900-2099) have none.
 */
export function statutoryHolidays(year: number): readonly StatutoryHolidayDays[] {
  let holidays = memo.get(year);
  if (!holidays) {
    holidays = compute(year);
    memo.set(year, holidays);
  }
  return holidays;
}

/** Day number -> names of the holidays it is a statutory day of. */
export function statutoryDayNames(year: number): Map<number, string[]> {
  const names = new Map<number, string[]>();
  for (const holiday of statutoryHolidays(year))
    for (const day of holiday.days) names.set(day, [...(names.get(day) ?? []), holiday.name]);
  return names;
}

/** The rule set in force on a local date, or null before the first. */
export function ruleSetInForce(date: string): StatutoryRuleSet | null {
  let current: StatutoryRuleSet | null = null;
  for (const rules of statutoryRuleSets) if (rules.effectiveFrom <= date) current = rules;
  return current;
}

function compute(year: number): StatutoryHolidayDays[] {
  if (!Number.isInteger(year) || year <= lunarTableYears.first || year > lunarTableYears.last) return [];
  const first = dayNumberOf(`${year}-01-01`);
  const last = dayNumberOf(`${year}-12-31`);
  const byName = new Map<string, StatutoryHolidayDays>();
  statutoryRuleSets.forEach((rules, i) => {
    const from = dayNumberOf(rules.effectiveFrom);
    const next = statutoryRuleSets[i + 1];
    const until = next ? dayNumberOf(next.effectiveFrom) : Number.POSITIVE_INFINITY;
    if (from > last || until <= first) return;
    for (const holiday of rules.holidays) {
      const days = holiday.days
        .map((d) => dayOf(year, d))
        .filter((day) => day >= Math.max(from, first) && day < until && day <= last);
      if (days.length === 0) continue;
      const entry = byName.get(holiday.name) ?? { name: holiday.name, days: [], source: rules.source };
      entry.days = [...new Set([...entry.days, ...days])].sort((a, b) => a - b);
      entry.source = rules.source;
      byName.set(holiday.name, entry);
    }
  });
  return [...byName.values()].sort((a, b) => (a.days[0] ?? 0) - (b.days[0] ?? 0));
}

function dayOf(year: number, d: HolidayDay): number {
  switch (d.kind) {
    case 'solar':
      return dayNumberOf(`${year}-${pad(d.month)}-${pad(d.day)}`);
    case 'lunar':
      return lunarDay(year, d.month, d.day);
    case 'lunar-new-years-eve':
      return lunarNewYearsEveDay(year);
    case 'qingming':
      return qingmingDay(year);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
