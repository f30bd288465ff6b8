import { compositeId, docsFor } from './document-codec.js';
import { collectionSchema, Mixed } from './mongo-schema.js';
import { holidayArrangementsTable } from '../sql/holiday-arrangement-tables.js';

/** National holiday arrangements, one document per saved version of a year. */
export const holidayArrangementDocs = docsFor(holidayArrangementsTable, (r) =>
  compositeId(r.year, r.version),
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
