/**
 * Migration 5: the append-only audit log. `seq` orders entries as they were appended; a trigger
 * refuses every UPDATE, DELETE and TRUNCATE, so not even a bug in an app process can rewrite history
 * (only dropping the table can, which needs its owner).
 */
export const schemaAudit = `
CREATE TABLE audit_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id key_text NOT NULL UNIQUE,
  at timestamptz NOT NULL, jurisdiction key_text, actor_id key_text, actor_name text,
  action key_text NOT NULL, method key_text NOT NULL, path text NOT NULL, target key_text,
  status integer NOT NULL, request_id key_text, before_json json, after_json json
);
CREATE INDEX audit_log_by_jurisdiction ON audit_log (jurisdiction, seq);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, seq);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  RAISE EXCEPTION 'audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
`;
