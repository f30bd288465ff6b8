import {
  arrayOf,
  boolean,
  integer,
  nullableInteger,
  nullableString,
  keysOf,
  objectOf,
  orNull,
  problemSchema,
  string,
  strings,
} from './common.js';

/** Request and response schemas of the calendar routes (节假日管理). */
export const localDate = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;
const holidayName = { type: 'string', minLength: 1, maxLength: 40 } as const;
/** One holiday span of a notice: 春节 2月15日至23日. */
const span = {
  ...objectOf(['name', 'from', 'to'], { name: holidayName, from: localDate, to: localDate }),
  additionalProperties: false,
} as const;
/** A 调休 make-up workday on a weekend. */
const workday = {
  ...objectOf(['date'], { date: localDate, name: { type: 'string', maxLength: 40 } }),
  additionalProperties: false,
} as const;
export const holidays = { type: 'array', maxItems: 40, items: span } as const;
export const workdays = { type: 'array', maxItems: 60, items: workday } as const;
const arrangementSchema = objectOf(['holidays', 'workdays'], {
  holidays: arrayOf(span),
  workdays: arrayOf(workday),
});
/** Where a year's arrangement comes from: the data package, an entered 国务院办公厅 notice, the law. */
const source = ['package', 'notice', 'statutory'] as const;
const note = { type: 'string', minLength: 1, maxLength: 500 } as const;

/** The preview's spans: `holidays` and `workdays`. */
export const spansBodySchema = objectOf(['holidays', 'workdays'], { holidays, workdays });

/** PUT /calendar/national/:year: the arrangement and its note (the notice's number). */
export const arrangementBodySchema = {
  ...objectOf(['holidays', 'workdays', 'note'], { holidays, workdays, note }),
  additionalProperties: false,
} as const;

/** One day; `weekday` is the plain Monday–Friday rule, `name` the holiday's or the make-up day's. */
const calendarDay = objectOf(['date', 'working', 'weekend', 'source'], {
  date: string,
  working: boolean,
  weekend: boolean,
  source: { type: 'string', enum: [...source, 'weekday', 'local'] },
  name: string,
});

const entered = { note: string, enteredAt: string, enteredBy: string, enteredByName: string } as const;

/** GET /calendar/national/:year; `provisional`: no official arrangement yet, statutory days only. */
export const calendarYearSchema = objectOf(
  ['year', 'status', 'source', 'version', 'days', 'arrangement', 'history'],
  {
    year: integer,
    status: { type: 'string', enum: ['official', 'provisional'] },
    source: { type: 'string', enum: source },
    version: nullableInteger,
    /** Every day of the year, in order. */
    days: arrayOf(calendarDay),
    /** The saved notice in force: its spans, note and who entered it; null when none. */
    arrangement: orNull(
      objectOf(['holidays', 'workdays', ...keysOf(entered)], { ...arrangementSchema.properties, ...entered }),
    ),
    history: arrayOf(
      objectOf(['version', 'enteredAt', 'enteredByName', 'note'], {
        version: integer,
        enteredAt: string,
        enteredByName: string,
        note: string,
      }),
    ),
  },
);

/** What entering a notice (or importing a file) would do; nothing is saved. */
export const previewSchema = objectOf(['calendar', 'arrangement', 'changedDates', 'warnings'], {
  calendar: calendarYearSchema,
  arrangement: arrangementSchema,
  changedDates: strings,
  warnings: arrayOf(problemSchema),
});

/** PUT /calendar/national/:year: the saved year and how many open cases got new deadlines. */
export const calendarSavedSchema = objectOf(['calendar', 'recomputedCases'], {
  calendar: calendarYearSchema,
  recomputedCases: integer,
});

export const overridesSchema = objectOf(['extraHolidays', 'extraWorkdays'], {
  extraHolidays: strings,
  extraWorkdays: strings,
});

/** GET /jurisdictions/:j/calendar/:year: the national year with the jurisdiction's own days. */
export const jurisdictionYearSchema = objectOf([...calendarYearSchema.required, 'overrides'], {
  ...calendarYearSchema.properties,
  overrides: overridesSchema,
});

/** PUT /jurisdictions/:j/calendar/overrides: published as a mechanism version. */
export const overridesBodySchema = {
  ...objectOf(['extraHolidays', 'extraWorkdays', 'note'], {
    extraHolidays: { type: 'array', maxItems: 400, items: localDate },
    extraWorkdays: { type: 'array', maxItems: 400, items: localDate },
    note,
  }),
  additionalProperties: false,
} as const;

export const overridesSavedSchema = objectOf(['version', 'recomputedCases'], {
  version: integer,
  recomputedCases: integer,
});

/** GET /calendar/status: provisional years and the banner ("2027 年节假日安排尚未录入…") or null. */
export const calendarStatusSchema = objectOf(['provisionalYears', 'banner'], {
  provisionalYears: arrayOf(integer),
  banner: nullableString,
});
