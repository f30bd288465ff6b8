import { problemSchema as problem } from './common.js';

/** Request and response schemas of the calendar routes (节假日管理). */
export const localDate = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;
const holidayName = { type: 'string', minLength: 1, maxLength: 40 } as const;
const span = {
  type: 'object',
  required: ['name', 'from', 'to'],
  additionalProperties: false,
  properties: { name: holidayName, from: localDate, to: localDate },
} as const;
const workday = {
  type: 'object',
  required: ['date'],
  additionalProperties: false,
  properties: { date: localDate, name: { type: 'string', maxLength: 40 } },
} as const;
export const holidays = { type: 'array', maxItems: 40, items: span } as const;
export const workdays = { type: 'array', maxItems: 60, items: workday } as const;
const arrangementSchema = {
  type: 'object',
  required: ['holidays', 'workdays'],
  properties: { holidays: { type: 'array', items: span }, workdays: { type: 'array', items: workday } },
} as const;
const source = ['package', 'notice', 'statutory'] as const;

export const calendarYearSchema = {
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
} as const;

export const previewSchema = {
  type: 'object',
  required: ['calendar', 'arrangement', 'changedDates', 'warnings'],
  properties: {
    calendar: calendarYearSchema,
    arrangement: arrangementSchema,
    changedDates: { type: 'array', items: { type: 'string' } },
    warnings: { type: 'array', items: problem },
  },
} as const;

const dates = { type: 'array', items: { type: 'string' } } as const;
export const overridesSchema = {
  type: 'object',
  required: ['extraHolidays', 'extraWorkdays'],
  properties: { extraHolidays: dates, extraWorkdays: dates },
} as const;
