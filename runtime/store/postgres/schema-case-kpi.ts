/**
 * Migration 6: attachments, case handling units (承办单位) and `case_kpi` — one narrow row per case
 * holding exactly what the monthly KPI report reads: receipt time, status, deadline, answer time
 * (answered_at, else closed_at), handling unit, latest rating level and whether it was ever reopened
 * (二次交办), so a month's report is one range scan of a covering index (as in the SQLite adapter).
 *
 * Triggers keep it in the same transaction as every write that changes those facts. Each trigger
 * sets only the columns its table decides, so two concurrent transactions writing different facts of
 * one case (a rating, a status change) never overwrite each other's column.
 */
export const latestRating = (caseId: string) =>
  `(SELECT level FROM ratings WHERE case_id = ${caseId} ORDER BY at DESC, id DESC LIMIT 1)`;
export const everReopened = (caseId: string) =>
  `EXISTS (SELECT 1 FROM case_events WHERE case_id = ${caseId} AND type = 'reopened')`;
export const unitOf = (caseId: string) => `(SELECT org_unit_id FROM case_units WHERE case_id = ${caseId})`;

/** The tail of `case_kpi_follow_case` after its INSERT branch (migrations 6 and 11): update or delete. */
export const followCaseUpdateOrDelete = `  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE case_kpi SET jurisdiction = NEW.jurisdiction, created_at = NEW.created_at, status = NEW.status,
      deadline_at = NEW.deadline_at, answer_at = COALESCE(NEW.answered_at, NEW.closed_at)
    WHERE case_id = NEW.id;
  ELSE
    DELETE FROM case_kpi WHERE case_id = OLD.id;
  END IF;
  RETURN NULL;
END $$;`;

/** A trigger function that re-derives one `case_kpi` column from the old and the new row of a write. */
const followColumn = (name: string, column: string, fromOld: string, fromNew: string) => `
CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE case_kpi SET ${column} = ${fromOld} WHERE case_id = OLD.case_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE case_kpi SET ${column} = ${fromNew} WHERE case_id = NEW.case_id;
  END IF;
  RETURN NULL;
END $$;`;

export const schemaCaseKpi = `
CREATE TABLE attachments (
  id key_text PRIMARY KEY, case_id key_text NOT NULL, jurisdiction key_text NOT NULL,
  file_name text NOT NULL, content_type key_text NOT NULL, size bigint NOT NULL, sha256 key_text NOT NULL,
  uploaded_by key_text NOT NULL, uploaded_at timestamptz NOT NULL
);
CREATE INDEX attachments_by_case ON attachments (case_id, uploaded_at, id);

CREATE TABLE case_units (
  case_id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, org_unit_id key_text NOT NULL
);

CREATE TABLE case_kpi (
  case_id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, created_at timestamptz NOT NULL,
  status key_text NOT NULL, deadline_at timestamptz, answer_at timestamptz, org_unit_id key_text,
  level key_text, reopened boolean NOT NULL
);
CREATE INDEX case_kpi_by_month ON case_kpi (jurisdiction, created_at)
  INCLUDE (org_unit_id, status, level, reopened, deadline_at, answer_at);

CREATE FUNCTION case_kpi_follow_case() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_kpi VALUES (NEW.id, NEW.jurisdiction, NEW.created_at, NEW.status, NEW.deadline_at,
      COALESCE(NEW.answered_at, NEW.closed_at), ${unitOf('NEW.id')}, ${latestRating('NEW.id')},
      ${everReopened('NEW.id')})
    ON CONFLICT (case_id) DO NOTHING;
${followCaseUpdateOrDelete}
CREATE TRIGGER case_kpi_on_case_write AFTER INSERT OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION case_kpi_follow_case();
CREATE TRIGGER case_kpi_on_case_update
  AFTER UPDATE OF jurisdiction, created_at, status, deadline_at, answered_at, closed_at ON cases
  FOR EACH ROW EXECUTE FUNCTION case_kpi_follow_case();
${followColumn('case_kpi_follow_unit', 'org_unit_id', unitOf('OLD.case_id'), 'NEW.org_unit_id')}
CREATE TRIGGER case_kpi_on_unit AFTER INSERT OR UPDATE OR DELETE ON case_units
  FOR EACH ROW EXECUTE FUNCTION case_kpi_follow_unit();
${followColumn('case_kpi_follow_rating', 'level', latestRating('OLD.case_id'), latestRating('NEW.case_id'))}
CREATE TRIGGER case_kpi_on_rating AFTER INSERT OR UPDATE OR DELETE ON ratings
  FOR EACH ROW EXECUTE FUNCTION case_kpi_follow_rating();

CREATE FUNCTION case_kpi_follow_reopen() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE case_kpi SET reopened = true WHERE case_id = NEW.case_id;
  ELSE
    UPDATE case_kpi SET reopened = ${everReopened('OLD.case_id')} WHERE case_id = OLD.case_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER case_kpi_on_reopen AFTER INSERT ON case_events
  FOR EACH ROW WHEN (NEW.type = 'reopened') EXECUTE FUNCTION case_kpi_follow_reopen();
CREATE TRIGGER case_kpi_on_reopen_delete AFTER DELETE ON case_events
  FOR EACH ROW WHEN (OLD.type = 'reopened') EXECUTE FUNCTION case_kpi_follow_reopen();
`;
