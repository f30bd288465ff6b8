/**
 * Version 9: `case_kpi`, one narrow row per case holding exactly what the monthly KPI report reads —
 * receipt time, status, deadline, answer time (answered_at, else closed_at), handling unit, the
 * latest rating level and whether the case was ever reopened — so a month's report is one range
 * scan of a covering index instead of five lookups per case into `cases`, `case_units`, `ratings`
 * and `case_events`.
 *
 * Triggers keep it in the same transaction as every write that changes those facts, whatever the
 * write path (mutation handlers, bulk SQL, migrations); the migration back-fills existing cases.
 * Handling working days are not stored: they depend on the calendar the caller passes, so the
 * report still computes them from the receipt and answer dates at read time. The v8 index
 * `cases_kpi` it supersedes is dropped.
 *
 * Also for the report's 异常件 counts: `ratings_by_level` and `case_events_by_type` let the 不满意件
 * and event-type filters start from the matching ratings / events instead of probing every case.
 */
export const latestRating = (caseId: string) =>
  `(SELECT level FROM ratings WHERE case_id = ${caseId} ORDER BY at DESC, id DESC LIMIT 1)`;
export const everReopened = (caseId: string) =>
  `EXISTS (SELECT 1 FROM case_events WHERE case_id = ${caseId} AND type = 'reopened')`;
export const unitOf = (caseId: string) => `(SELECT org_unit_id FROM case_units WHERE case_id = ${caseId})`;

export const schemaV9 = `
DROP INDEX IF EXISTS cases_kpi;
CREATE INDEX ratings_by_level ON ratings (jurisdiction, level, case_id);
CREATE INDEX case_events_by_type ON case_events (jurisdiction, type, case_id);
CREATE TABLE case_kpi (
  case_id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, created_at TEXT NOT NULL, status TEXT NOT NULL,
  deadline_at TEXT, answer_at TEXT, org_unit_id TEXT, level TEXT, reopened INTEGER NOT NULL
);
CREATE INDEX case_kpi_by_month ON case_kpi
  (jurisdiction, created_at, org_unit_id, status, level, reopened, deadline_at, answer_at);

INSERT INTO case_kpi
SELECT c.id, c.jurisdiction, c.created_at, c.status, c.deadline_at, COALESCE(c.answered_at, c.closed_at),
  ${unitOf('c.id')}, ${latestRating('c.id')}, ${everReopened('c.id')}
FROM cases c;

CREATE TRIGGER case_kpi_on_case_insert AFTER INSERT ON cases BEGIN
  INSERT OR REPLACE INTO case_kpi VALUES (NEW.id, NEW.jurisdiction, NEW.created_at, NEW.status,
    NEW.deadline_at, COALESCE(NEW.answered_at, NEW.closed_at), ${unitOf('NEW.id')},
    ${latestRating('NEW.id')}, ${everReopened('NEW.id')});
END;
CREATE TRIGGER case_kpi_on_case_update
  AFTER UPDATE OF jurisdiction, created_at, status, deadline_at, answered_at, closed_at ON cases BEGIN
  UPDATE case_kpi SET jurisdiction = NEW.jurisdiction, created_at = NEW.created_at, status = NEW.status,
    deadline_at = NEW.deadline_at, answer_at = COALESCE(NEW.answered_at, NEW.closed_at)
  WHERE case_id = NEW.id;
END;
CREATE TRIGGER case_kpi_on_case_delete AFTER DELETE ON cases BEGIN
  DELETE FROM case_kpi WHERE case_id = OLD.id;
END;

CREATE TRIGGER case_kpi_on_unit_insert AFTER INSERT ON case_units BEGIN
  UPDATE case_kpi SET org_unit_id = NEW.org_unit_id WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_kpi_on_unit_update AFTER UPDATE ON case_units BEGIN
  UPDATE case_kpi SET org_unit_id = ${unitOf('NEW.case_id')} WHERE case_id = NEW.case_id;
  UPDATE case_kpi SET org_unit_id = ${unitOf('OLD.case_id')} WHERE case_id = OLD.case_id;
END;
CREATE TRIGGER case_kpi_on_unit_delete AFTER DELETE ON case_units BEGIN
  UPDATE case_kpi SET org_unit_id = NULL WHERE case_id = OLD.case_id;
END;

CREATE TRIGGER case_kpi_on_rating_insert AFTER INSERT ON ratings BEGIN
  UPDATE case_kpi SET level = ${latestRating('NEW.case_id')} WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_kpi_on_rating_update AFTER UPDATE ON ratings BEGIN
  UPDATE case_kpi SET level = ${latestRating('NEW.case_id')} WHERE case_id = NEW.case_id;
  UPDATE case_kpi SET level = ${latestRating('OLD.case_id')} WHERE case_id = OLD.case_id;
END;
CREATE TRIGGER case_kpi_on_rating_delete AFTER DELETE ON ratings BEGIN
  UPDATE case_kpi SET level = ${latestRating('OLD.case_id')} WHERE case_id = OLD.case_id;
END;

CREATE TRIGGER case_kpi_on_reopen AFTER INSERT ON case_events WHEN NEW.type = 'reopened' BEGIN
  UPDATE case_kpi SET reopened = 1 WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_kpi_on_event_delete AFTER DELETE ON case_events WHEN OLD.type = 'reopened' BEGIN
  UPDATE case_kpi SET reopened = ${everReopened('OLD.case_id')} WHERE case_id = OLD.case_id;
END;
`;
