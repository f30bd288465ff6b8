/**
 * Version 26: response time (响应) in the KPI facts. `case_kpi.responded_at` is the first time
 * staff took the case up — the earliest `task.claimed` or `task.completed` event — kept by a
 * trigger in the same transaction as the event, and back-filled from the timeline. The covering
 * index of the monthly scan is rebuilt to include it, and the case-insert trigger of migration 9
 * (which wrote every column by position) names its columns.
 */
import { everReopened, latestRating, unitOf } from './schema-v9.js';

const responseTypes = `('task.claimed', 'task.completed')`;
export const firstResponse = (caseId: string) =>
  `(SELECT MIN(e.at) FROM case_events e WHERE e.case_id = ${caseId} AND e.type IN ${responseTypes})`;

export const schemaV26 = `
ALTER TABLE case_kpi ADD COLUMN responded_at TEXT;
UPDATE case_kpi SET responded_at = ${firstResponse('case_kpi.case_id')};
DROP TRIGGER case_kpi_on_case_insert;
CREATE TRIGGER case_kpi_on_case_insert AFTER INSERT ON cases BEGIN
  INSERT OR REPLACE INTO case_kpi (case_id, jurisdiction, created_at, status, deadline_at, answer_at,
    org_unit_id, level, reopened, responded_at)
  VALUES (NEW.id, NEW.jurisdiction, NEW.created_at, NEW.status, NEW.deadline_at,
    COALESCE(NEW.answered_at, NEW.closed_at), ${unitOf('NEW.id')}, ${latestRating('NEW.id')},
    ${everReopened('NEW.id')}, ${firstResponse('NEW.id')});
END;
DROP INDEX case_kpi_by_month;
CREATE INDEX case_kpi_by_month ON case_kpi
  (jurisdiction, created_at, org_unit_id, status, level, reopened, deadline_at, answer_at, responded_at);
CREATE TRIGGER case_kpi_on_response AFTER INSERT ON case_events WHEN NEW.type IN ${responseTypes} BEGIN
  UPDATE case_kpi SET responded_at = NEW.at
  WHERE case_id = NEW.case_id AND (responded_at IS NULL OR responded_at > NEW.at);
END;
`;
