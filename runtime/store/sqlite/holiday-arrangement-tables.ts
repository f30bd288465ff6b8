import type { HolidayArrangementRecord } from '../holiday-arrangements.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the national holiday arrangements (DDL in `schema-v22.ts`). */
export const holidayArrangementsTable = defineTable<HolidayArrangementRecord>('holiday_arrangements', {
  year: 'number',
  version: 'number',
  holidays: ['holidays_json', 'json'],
  workdays: ['workdays_json', 'json'],
  note: 'text',
  enteredAt: 'text',
  enteredBy: 'text',
  enteredByName: 'text',
});
