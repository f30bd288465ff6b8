import type { HolidayArrangementRecord } from '../holiday-arrangements.js';
import { compositeId, defineDoc } from './document-codec.js';
import { collectionSchema, Mixed } from './mongo-schema.js';

/** National holiday arrangements, one document per saved version of a year. */
export const holidayArrangementDocs = defineDoc<HolidayArrangementRecord>(
  'holiday_arrangements',
  {
    year: 'plain',
    version: 'plain',
    holidays: 'json',
    workdays: 'json',
    note: 'plain',
    enteredAt: 'plain',
    enteredBy: 'plain',
    enteredByName: 'plain',
  },
  (r) => compositeId(r.year, r.version),
);

export const holidayArrangementSchemas = {
  holiday_arrangements: collectionSchema(
    'holiday_arrangements',
    {
      year: Number,
      version: Number,
      holidays: Mixed,
      workdays: Mixed,
      note: String,
      enteredAt: String,
      enteredBy: String,
      enteredByName: String,
    },
    [{ fields: { year: 1, version: -1 } }],
  ),
};
