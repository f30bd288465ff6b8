// Shapes of the working-day calendar API: /calendar/* (national, platform admin) and
// /jurisdictions/:j/calendar/* (a jurisdiction's local overrides on top of it), derived from the
// server's schemas (runtime/contract/calendar.ts).
import type { FromSchema } from 'json-schema-to-ts';
import type {
  arrangementBodySchema,
  calendarSavedSchema,
  calendarStatusSchema,
  calendarYearSchema,
  jurisdictionYearSchema,
  overridesBodySchema,
  overridesSavedSchema,
  overridesSchema,
  previewSchema,
  spansBodySchema,
} from '../../../runtime/contract/calendar';

export type CalendarYear = FromSchema<typeof calendarYearSchema>;
/** YYYY-MM-DD (Beijing), working or not, and where its status comes from. */
export type CalendarDay = CalendarYear['days'][number];
/** Where one day's status comes from; `weekday` is the plain Monday–Friday rule. */
export type DaySource = CalendarDay['source'];
export type CalendarVersion = CalendarYear['history'][number];

export type LocalOverrides = FromSchema<typeof overridesSchema>;
/** The jurisdiction's own days with the note they are published under. */
export type OverridesBody = FromSchema<typeof overridesBodySchema>;
export type JurisdictionCalendarYear = FromSchema<typeof jurisdictionYearSchema>;

/** What entering a notice (or importing a file) would do; nothing is saved. */
export type CalendarPreview = FromSchema<typeof previewSchema>;
/** Where a problem is (a notice line, a file row, a field `/holidays/0/to`) and why. */
export type CalendarWarning = CalendarPreview['warnings'][number];

export type Spans = FromSchema<typeof spansBodySchema>;
export type HolidaySpan = Spans['holidays'][number];
export type MakeupWorkday = Spans['workdays'][number];
export type NewArrangement = FromSchema<typeof arrangementBodySchema>;

export type CalendarSaved = FromSchema<typeof calendarSavedSchema>;
export type OverridesSaved = FromSchema<typeof overridesSavedSchema>;
export type CalendarStatus = FromSchema<typeof calendarStatusSchema>;
