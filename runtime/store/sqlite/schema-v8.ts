/**
 * Version 8: directory depth, attachments, case handling units and the KPI indexes.
 * - enterprise list filters (scale / industry / area) and pairing lookups by enterprise;
 * - staff skills (one row per skill);
 * - attachments of cases (metadata; the bytes live in the attachment folder);
 * - case_units: the org unit handling each case (承办单位), set when its staff work the case;
 * - a covering index for the KPI scan of a month's cases.
 */
export const schemaV8 = `
CREATE INDEX enterprises_by_jurisdiction_name ON enterprises (jurisdiction, name, id);
CREATE INDEX pairings_by_enterprise ON pairings (jurisdiction, enterprise_id, staff_id);

CREATE TABLE user_skills (
  user_id TEXT NOT NULL, skill TEXT NOT NULL,
  PRIMARY KEY (user_id, skill)
) WITHOUT ROWID;

CREATE TABLE attachments (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL, jurisdiction TEXT NOT NULL, file_name TEXT NOT NULL,
  content_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);
CREATE INDEX attachments_by_case ON attachments (case_id, uploaded_at);

CREATE TABLE case_units (
  case_id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, org_unit_id TEXT NOT NULL
);

CREATE INDEX cases_kpi ON cases (jurisdiction, created_at, status, deadline_at, answered_at, closed_at, id);
`;
