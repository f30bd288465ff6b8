/**
 * A year's holiday arrangement (节假日安排) as the 国务院办公厅 notice publishes it: rest spans
 * (放假调休, "2月15日至23日") and make-up workdays (调休上班, "2月14日（周六）上班").
 */

import type { HolidaySpan, MakeUpWorkday } from '../store/holiday-arrangements.js';

export type { HolidaySpan, MakeUpWorkday };

export interface HolidayArrangement {
  holidays: HolidaySpan[];
  workdays: MakeUpWorkday[];
}

/** Names a notice or a calendar file may use for the same holiday, mapped to the law's names. */
const aliases: Record<string, string> = {
  元旦: '元旦',
  新年: '元旦',
  春节: '春节',
  清明: '清明节',
  清明节: '清明节',
  劳动节: '劳动节',
  五一: '劳动节',
  五一劳动节: '劳动节',
  端午: '端午节',
  端午节: '端午节',
  中秋: '中秋节',
  中秋节: '中秋节',
  国庆: '国庆节',
  国庆节: '国庆节',
};

/**
 * The law's names (statutory-rules.ts) a holiday name stands for: `中秋节、国庆节` → both,
 * `国庆` → 国庆节; an unknown name → none.
 */
export function statutoryNamesOf(name: string): string[] {
  return name
    .split(/[、,，和及与/]/)
    .map((part) => aliases[part.trim()])
    .filter((known): known is string => known !== undefined);
}

/** The law's name for a plain alias (`清明` → `清明节`); any other name as written, trimmed. */
function canonicalName(name: string): string {
  return aliases[name.trim()] ?? name.trim();
}

/**
 * The arrangement sorted (spans by start, workdays by date), names trimmed and plain aliases given
 * the law's name: one canonical form, whether it came from a notice, a form or a file.
 */
export function normalizeArrangement(arrangement: HolidayArrangement): HolidayArrangement {
  return {
    holidays: arrangement.holidays
      .map((h) => ({ name: canonicalName(h.name), from: h.from, to: h.to }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    workdays: arrangement.workdays
      .map((w) => (w.name?.trim() ? { date: w.date, name: canonicalName(w.name) } : { date: w.date }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}
