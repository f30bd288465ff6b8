/**
 * Migration 8: national holiday arrangements entered on the platform (国务院办公厅 notices), one row
 * per saved version of a year; a version is never rewritten.
 */
export const schemaHolidayArrangements = `
CREATE TABLE holiday_arrangements (
  year integer NOT NULL, version integer NOT NULL, holidays_json json NOT NULL, workdays_json json NOT NULL,
  note text NOT NULL, entered_at timestamptz NOT NULL, entered_by key_text NOT NULL,
  entered_by_name text NOT NULL,
  PRIMARY KEY (year, version)
);
`;
