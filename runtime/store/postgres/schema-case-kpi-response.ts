import { everReopened, followCaseUpdateOrDelete, latestRating, unitOf } from './schema-case-kpi.js';

/**
 * Migration 11: response time (响应) in the KPI facts, as SQLite migration 26. `case_kpi.responded_at`
 * is the first time staff took the case up — the earliest `task.claimed` or `task.completed` event —
 * kept by a trigger in the same transaction as the event and back-filled from the timeline; the
 * case-insert trigger writes it too, and the covering index of the monthly scan includes it.
 * (Migration 10 belongs to another branch; the runner applies versions by number, gaps allowed.)
 */
const responseTypes = `('task.claimed', 'task.completed')`;
const firstResponse = (caseId: string) =>
  `(SELECT MIN(e.at) FROM case_events e WHERE e.case_id = ${caseId} AND e.type IN ${responseTypes})`;

export const schemaCaseKpiResponse = `
ALTER TABLE case_kpi ADD COLUMN responded_at timestamptz;
UPDATE case_kpi SET responded_at = ${firstResponse('case_kpi.case_id')};

CREATE OR REPLACE FUNCTION case_kpi_follow_case() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_kpi (case_id, jurisdiction, created_at, status, deadline_at, answer_at, org_unit_id,
      level, reopened, responded_at)
    VALUES (NEW.id, NEW.jurisdiction, NEW.created_at, NEW.status, NEW.deadline_at,
      COALESCE(NEW.answered_at, NEW.closed_at), ${unitOf('NEW.id')}, ${latestRating('NEW.id')},
      ${everReopened('NEW.id')}, ${firstResponse('NEW.id')})
    ON CONFLICT (case_id) DO NOTHING;
${followCaseUpdateOrDelete}

DROP INDEX case_kpi_by_month;
CREATE INDEX case_kpi_by_month ON case_kpi (jurisdiction, created_at)
  INCLUDE (org_unit_id, status, level, reopened, deadline_at, answer_at, responded_at);

CREATE FUNCTION case_kpi_follow_response() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE case_kpi SET responded_at = NEW.at
  WHERE case_id = NEW.case_id AND (responded_at IS NULL OR responded_at > NEW.at);
  RETURN NULL;
END $$;
CREATE TRIGGER case_kpi_on_response AFTER INSERT ON case_events
  FOR EACH ROW WHEN (NEW.type IN ${responseTypes}) EXECUTE FUNCTION case_kpi_follow_response();
`;
