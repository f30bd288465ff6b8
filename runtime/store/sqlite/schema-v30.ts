/**
 * Version 30: 案件编号 and the 台账.
 * - `cases.case_number` (unique per jurisdiction; prefix searches walk `cases_by_number`) and the
 *   counter row per jurisdiction and year it is allocated from (mutation `case.number`); existing
 *   cases get theirs at start-up in creation order (`backfillCaseNumbers`);
 * - ledger indexes: a jurisdiction's cases by channel, tier, class and deadline, newest first;
 * - saved ledger queries per user (常用查询).
 */
export const schemaV30 = `
ALTER TABLE cases ADD COLUMN case_number TEXT;
CREATE UNIQUE INDEX cases_by_number ON cases (jurisdiction, case_number);
CREATE TABLE case_number_counters (
  jurisdiction TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL,
  PRIMARY KEY (jurisdiction, year)
);
CREATE INDEX cases_by_channel ON cases (jurisdiction, channel, created_at);
CREATE INDEX cases_by_tier ON cases (jurisdiction, tier, created_at);
CREATE INDEX cases_by_class ON cases (jurisdiction, request_class, created_at);
CREATE INDEX case_units_by_unit ON case_units (jurisdiction, org_unit_id, case_id);
CREATE INDEX tasks_by_completer ON tasks (completed_by, completed_at);
CREATE TABLE saved_queries (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL, jurisdiction TEXT NOT NULL, name TEXT NOT NULL,
  query TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX saved_queries_by_user ON saved_queries (user_id, jurisdiction, created_at);
`;
