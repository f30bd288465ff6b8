/** One holiday's rest span, both ends included (YYYY-MM-DD). */
export interface HolidaySpan {
  /** Chinese name as the notice writes it, e.g. 春节, or 中秋节、国庆节 for a joint span. */
  name: string;
  from: string;
  to: string;
}

/** A weekend day worked to bridge a holiday. */
export interface MakeUpWorkday {
  date: string;
  /** The holiday it belongs to, e.g. 春节. */
  name?: string;
}

/**
 * One saved version of a year's national holiday arrangement (the 国务院办公厅 notice as entered by
 * a platform admin). Versions of a year are numbered 1, 2, …; a saved version never changes.
 */
export interface HolidayArrangementRecord {
  year: number;
  version: number;
  holidays: HolidaySpan[];
  workdays: MakeUpWorkday[];
  /** Why it was entered or changed (e.g. 国办发明电〔2026〕7号). */
  note: string;
  enteredAt: string;
  enteredBy: string;
  enteredByName: string;
}

/** Saved arrangements (written with mutation `holidayArrangement.insert`). */
export interface HolidayArrangementRepository {
  /** The newest version of every year that has one, by year ascending. */
  latest(): Promise<HolidayArrangementRecord[]>;
  /** Every version of a year, newest first. */
  history(year: number): Promise<HolidayArrangementRecord[]>;
}
