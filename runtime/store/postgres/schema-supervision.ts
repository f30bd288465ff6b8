/**
 * Migration 4: supervision orders (督办单 / 领导批示) and logged service visits. Indexes: open
 * orders by due date (overdue), a case's orders, newest-first lists, a group's orders; visits newest
 * first with the per-staff monthly counts covered (INCLUDE), an enterprise's or a staff member's visits.
 */
export const schemaSupervision = `
CREATE TABLE supervision_orders (
  id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, case_id key_text NOT NULL,
  issued_by key_text NOT NULL, issued_at timestamptz NOT NULL, kind key_text NOT NULL,
  instruction text NOT NULL, target_group key_text NOT NULL, due_at timestamptz NOT NULL,
  status key_text NOT NULL, answered_at timestamptz, answered_by key_text, answer text
);
CREATE INDEX supervision_orders_by_jurisdiction_status_due
  ON supervision_orders (jurisdiction, status, due_at);
CREATE INDEX supervision_orders_by_jurisdiction_issued ON supervision_orders (jurisdiction, issued_at, id);
CREATE INDEX supervision_orders_by_case ON supervision_orders (case_id, issued_at);
CREATE INDEX supervision_orders_by_group ON supervision_orders (target_group, status);

CREATE TABLE visits (
  id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, enterprise_id key_text NOT NULL,
  staff_id key_text NOT NULL, kind key_text NOT NULL, at timestamptz NOT NULL, items jsonb NOT NULL,
  notes text NOT NULL, case_id key_text
);
CREATE INDEX visits_by_jurisdiction_at ON visits (jurisdiction, at, id)
  INCLUDE (staff_id, kind, enterprise_id);
CREATE INDEX visits_by_enterprise ON visits (enterprise_id, at);
CREATE INDEX visits_by_staff ON visits (staff_id, at);
`;
