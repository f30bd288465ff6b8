/**
 * Migration 15: 案件编号 and the 台账 (as SQLite's migration 30).
 * - `cases.case_number` (unique per jurisdiction; key_text's binary collation makes prefix searches
 *   index range scans) and the counter row per jurisdiction and year (mutation `case.number`;
 *   `UPDATE … RETURNING` locks the row, so concurrent submissions queue and numbers have no gaps);
 * - ledger indexes by channel, tier and class, newest first;
 * - saved ledger queries per user (常用查询).
 */
export const schemaCaseLedger = `
ALTER TABLE cases ADD COLUMN case_number key_text;
CREATE UNIQUE INDEX cases_by_number ON cases (jurisdiction, case_number);
CREATE TABLE case_number_counters (
  jurisdiction key_text NOT NULL, year integer NOT NULL, last integer NOT NULL,
  PRIMARY KEY (jurisdiction, year)
);
CREATE INDEX cases_by_channel ON cases (jurisdiction, channel, created_at, id);
CREATE INDEX cases_by_tier ON cases (jurisdiction, tier, created_at, id);
CREATE INDEX cases_by_class ON cases (jurisdiction, request_class, created_at, id);
CREATE INDEX case_units_by_unit ON case_units (jurisdiction, org_unit_id, case_id);
CREATE INDEX tasks_by_completer ON tasks (completed_by, completed_at);
CREATE TABLE saved_queries (
  id key_text PRIMARY KEY, user_id key_text NOT NULL, jurisdiction key_text NOT NULL, name text NOT NULL,
  query json NOT NULL, created_at timestamptz NOT NULL
);
CREATE INDEX saved_queries_by_user ON saved_queries (user_id, jurisdiction, created_at);
`;
