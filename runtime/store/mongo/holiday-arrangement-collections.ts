import { compositeId, docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import { holidayArrangementsTable } from '../sql/holiday-arrangement-tables.js';

/** National holiday arrangements, one document per saved version of a year. */
export const holidayArrangementDocs = docsFor(holidayArrangementsTable, (r) =>
  compositeId(r.year, r.version),
);

export const holidayArrangementSchemas = {
  holiday_arrangements: tableSchema(holidayArrangementsTable, {}, [{ fields: { year: 1, version: -1 } }]),
};
