import type { JsonObject } from '../../runtime/common/json.js';

/** Request and response schemas of the calendar routes (节假日管理). */
export const localDate = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
const holidayName = { type: 'string', minLength: 1, maxLength: 40 };
const span = {
  type: 'object',
  required: ['name', 'from', 'to'],
  additionalProperties: false,
  properties: { name: holidayName, from: localDate, to: localDate },
};
const workday = {
  type: 'object',
  required: ['date'],
  additionalProperties: false,
  properties: { date: localDate, name: { type: 'string', maxLength: 40 } },
};
export const holidays = { type: 'array', maxItems: 40, items: span };
export const workdays = { type: 'array', maxItems: 60, items: workday };
const problem = {
  type: 'object',
  required: ['path', 'reason'],
  properties: { path: { type: 'string' }, reason: { type: 'string' }, code: { type: 'string' } },
};
const arrangementSchema = {
  type: 'object',
  required: ['holidays', 'workdays'],
  properties: { holidays: { type: 'array', items: span }, workdays: { type: 'array', items: workday } },
};
const source = ['package', 'notice', 'statutory'];

export const calendarYearSchema: JsonObject = {
  type: 'object',
  required: ['year', 'status', 'source', 'version', 'days', 'arrangement', 'history'],
  properties: {
    year: { type: 'integer' },
    status: { type: 'string', enum: ['official', 'provisional'] },
    source: { type: 'string', enum: source },
    version: { type: ['integer', 'null'] },
    days: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date', 'working', 'weekend', 'source'],
        properties: {
          date: { type: 'string' },
          working: { type: 'boolean' },
          weekend: { type: 'boolean' },
          source: { type: 'string', enum: [...source, 'weekday', 'local'] },
          name: { type: 'string' },
        },
      },
    },
    arrangement: {
      type: ['object', 'null'],
      properties: {
        ...arrangementSchema.properties,
        note: { type: 'string' },
        enteredAt: { type: 'string' },
        enteredBy: { type: 'string' },
        enteredByName: { type: 'string' },
      },
    },
    history: {
      type: 'array',
      items: {
        type: 'object',
        required: ['version', 'enteredAt', 'enteredByName', 'note'],
        properties: {
          version: { type: 'integer' },
          enteredAt: { type: 'string' },
          enteredByName: { type: 'string' },
          note: { type: 'string' },
        },
      },
    },
  },
};

export const previewSchema: JsonObject = {
  type: 'object',
  required: ['calendar', 'arrangement', 'changedDates', 'warnings'],
  properties: {
    calendar: calendarYearSchema,
    arrangement: arrangementSchema,
    changedDates: { type: 'array', items: { type: 'string' } },
    warnings: { type: 'array', items: problem },
  },
};

export function overridesSchema(): JsonObject {
  const dates = { type: 'array', items: { type: 'string' } };
  return {
    type: 'object',
    required: ['extraHolidays', 'extraWorkdays'],
    properties: { extraHolidays: dates, extraWorkdays: dates },
  };
}
