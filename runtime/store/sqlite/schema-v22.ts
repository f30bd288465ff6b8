/**
 * Version 22: national holiday arrangements entered on the platform (国务院办公厅 notices), one row
 * per saved version of a year; a version is never rewritten.
 */
export const schemaV22 = `
CREATE TABLE holiday_arrangements (
  year INTEGER NOT NULL, version INTEGER NOT NULL,
  holidays_json TEXT NOT NULL, workdays_json TEXT NOT NULL, note TEXT NOT NULL,
  entered_at TEXT NOT NULL, entered_by TEXT NOT NULL, entered_by_name TEXT NOT NULL,
  PRIMARY KEY (year, version)
) WITHOUT ROWID;
`;
