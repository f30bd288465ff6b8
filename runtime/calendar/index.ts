export { WorkingCalendar, defaultNationalCalendar, type CalendarDayStatus } from './working-calendar.js';
export { defaultChinaCalendar, compileCalendarConfig, type CompiledCalendar } from './calendar-config.js';
export {
  NationalCalendar,
  type DaySource,
  type NationalDay,
  type YearSource,
  type YearStatus,
} from './national-calendar.js';
export {
  isCoveredByNationalData,
  nationalDataCoverage,
  type NationalDataCoverage,
} from './national-holidays.js';
export type { HolidayArrangement, HolidaySpan, MakeUpWorkday } from './holiday-arrangement.js';
