import type { HolidayArrangementRecord } from '../holiday-arrangements.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the national holiday arrangements (DDL: `sqlite/schema-v22.ts`, `postgres/schema-holiday-arrangements.ts`). */
export const holidayArrangementsTable = defineTable<HolidayArrangementRecord>('holiday_arrangements', {
  year: 'int',
  version: 'int',
  holidays: ['holidays_json', 'json'],
  workdays: ['workdays_json', 'json'],
  note: 'text',
  enteredAt: 'time',
  enteredBy: 'text',
  enteredByName: 'text',
});
