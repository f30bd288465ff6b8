/**
 * Version 3 of the schema: supervision orders (督办单 / 领导批示) and logged service visits.
 * Indexes follow the hot queries: open orders by due date (overdue), a case's orders, newest-first
 * lists, a group's orders; visits newest first and per-staff monthly counts (index-only scan),
 * an enterprise's or a staff member's visits.
 */
export const schemaV3 = `
CREATE TABLE supervision_orders (
  id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, case_id TEXT NOT NULL, issued_by TEXT NOT NULL,
  issued_at TEXT NOT NULL, kind TEXT NOT NULL, instruction TEXT NOT NULL, target_group TEXT NOT NULL,
  due_at TEXT NOT NULL, status TEXT NOT NULL, answered_at TEXT, answered_by TEXT, answer TEXT
);
CREATE INDEX supervision_orders_by_jurisdiction_status_due ON supervision_orders (jurisdiction, status, due_at);
CREATE INDEX supervision_orders_by_jurisdiction_issued ON supervision_orders (jurisdiction, issued_at);
CREATE INDEX supervision_orders_by_case ON supervision_orders (case_id, issued_at);
CREATE INDEX supervision_orders_by_group ON supervision_orders (target_group, status);

CREATE TABLE visits (
  id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, enterprise_id TEXT NOT NULL, staff_id TEXT NOT NULL,
  kind TEXT NOT NULL, at TEXT NOT NULL, items TEXT NOT NULL, notes TEXT NOT NULL, case_id TEXT
);
-- covers countsByStaff (index-only scan) as well as newest-first lists
CREATE INDEX visits_by_jurisdiction_at ON visits (jurisdiction, at, staff_id, kind, enterprise_id);
CREATE INDEX visits_by_enterprise ON visits (enterprise_id, at);
CREATE INDEX visits_by_staff ON visits (staff_id, at);
`;
