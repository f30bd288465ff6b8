export { WorkingCalendar } from './working-calendar.js';
export { defaultChinaCalendar, compileCalendarConfig, type CompiledCalendar } from './calendar-config.js';
export {
  isNationalWorkday,
  isCoveredByNationalData,
  nationalDataCoverage,
  type NationalDataCoverage,
} from './national-holidays.js';
