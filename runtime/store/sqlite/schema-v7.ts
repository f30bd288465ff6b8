/**
 * Version 7 of the schema: the append-only audit log. `seq` orders entries as they were appended;
 * triggers refuse every UPDATE and DELETE, so not even a bug in this process can rewrite history.
 */
export const schemaV7 = `
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, at TEXT NOT NULL, jurisdiction TEXT,
  actor_id TEXT, actor_name TEXT, action TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,
  target TEXT, status INTEGER NOT NULL, request_id TEXT, before_json TEXT, after_json TEXT
);
CREATE INDEX audit_log_by_jurisdiction ON audit_log (jurisdiction, seq);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
`;
