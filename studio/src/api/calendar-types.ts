// Shapes of the working-day calendar API: /calendar/* (national, platform admin) and
// /jurisdictions/:j/calendar/* (a jurisdiction's local overrides on top of it).

/** Where a year's arrangement comes from: the data package, an entered 国务院办公厅 notice, the law. */
export type YearSource = 'package' | 'notice' | 'statutory';
/** Where one day's status comes from; `weekday` is the plain Monday–Friday rule. */
export type DaySource = YearSource | 'weekday' | 'local';

export interface CalendarDay {
  /** YYYY-MM-DD (Beijing). */
  date: string;
  working: boolean;
  weekend: boolean;
  source: DaySource;
  /** The holiday's name (春节) or the reason for a make-up workday. */
  name?: string;
}

/** One holiday span of a notice: 春节 2月15日至23日. */
export interface HolidaySpan {
  name: string;
  from: string;
  to: string;
}

/** A 调休 make-up workday on a weekend. */
export interface MakeupWorkday {
  date: string;
  name?: string;
}

export interface Arrangement {
  holidays: HolidaySpan[];
  workdays: MakeupWorkday[];
  note: string;
  enteredAt: string;
  enteredBy: string;
  enteredByName: string;
}

export interface CalendarVersion {
  version: number;
  enteredAt: string;
  enteredByName: string;
  note: string;
}

export interface CalendarYear {
  year: number;
  /** `provisional`: no official arrangement yet, statutory days only. */
  status: 'official' | 'provisional';
  source: YearSource;
  version: number | null;
  /** Every day of the year, in order. */
  days: CalendarDay[];
  arrangement: Arrangement | null;
  history: CalendarVersion[];
}

export interface LocalOverrides {
  extraHolidays: string[];
  extraWorkdays: string[];
}

export interface JurisdictionCalendarYear extends CalendarYear {
  overrides: LocalOverrides;
}

export interface CalendarWarning {
  /** Where the problem is: a notice line, a file row, a field (`/holidays/0/to`). */
  path: string;
  reason: string;
}

/** What entering a notice (or importing a file) would do; nothing is saved. */
export interface CalendarPreview {
  calendar: CalendarYear;
  arrangement: Pick<Arrangement, 'holidays' | 'workdays'> & Partial<Arrangement>;
  changedDates: string[];
  warnings: CalendarWarning[];
}

export interface NewArrangement {
  holidays: HolidaySpan[];
  workdays: MakeupWorkday[];
  note: string;
}

export interface CalendarSaved {
  calendar: CalendarYear;
  recomputedCases: number;
}

export interface OverridesSaved {
  version: number;
  recomputedCases: number;
}

export interface CalendarStatus {
  provisionalYears: number[];
  /** "2027 年节假日安排尚未录入，期限按法定节假日临时计算", or null when nothing to say. */
  banner: string | null;
}
