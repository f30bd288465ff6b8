/**
 * Version 1 of the schema. Timestamps are ISO-8601 TEXT (sortable as strings), JSON values are TEXT.
 * Indexes follow the hot queries: inbox by jurisdiction/status/group/assignee/due date, case lists
 * newest first, monthly summaries, due timers, runnable jobs, message correlation, pending outbox.
 */
export const schemaV1 = `
CREATE TABLE definitions (
  jurisdiction TEXT NOT NULL, version INTEGER NOT NULL, hash TEXT NOT NULL, bundle TEXT NOT NULL,
  published_at TEXT NOT NULL, published_by TEXT NOT NULL,
  PRIMARY KEY (jurisdiction, version)
) WITHOUT ROWID;

CREATE TABLE processes (
  process_key TEXT PRIMARY KEY, process_id TEXT NOT NULL, version INTEGER NOT NULL, resource_name TEXT NOT NULL,
  hash TEXT NOT NULL, xml TEXT NOT NULL, deployed_at TEXT NOT NULL
);
CREATE INDEX processes_by_id_version ON processes (process_id, version);
CREATE INDEX processes_by_id_hash ON processes (process_id, hash);

CREATE TABLE cases (
  id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, definition_version INTEGER NOT NULL, process_id TEXT NOT NULL,
  instance_key TEXT, status TEXT NOT NULL, channel TEXT NOT NULL, title TEXT NOT NULL, enterprise_id TEXT,
  submitted_by TEXT NOT NULL, request_class TEXT, tier TEXT, deadline_at TEXT, deadline_working_days INTEGER,
  data TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, closed_at TEXT, outcome TEXT
);
-- covers the monthly summary (index-only scan) as well as newest-first lists
CREATE INDEX cases_by_jurisdiction_created ON cases (jurisdiction, created_at, status, request_class, deadline_at, closed_at, id);
CREATE INDEX cases_by_jurisdiction_status ON cases (jurisdiction, status, created_at);
CREATE INDEX cases_by_enterprise ON cases (enterprise_id, created_at);
CREATE INDEX cases_by_submitter ON cases (submitted_by, created_at);

CREATE TABLE tasks (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL, jurisdiction TEXT NOT NULL, instance_key TEXT NOT NULL,
  element_id TEXT NOT NULL, name TEXT NOT NULL, form_key TEXT, candidate_groups TEXT NOT NULL, assignee TEXT,
  status TEXT NOT NULL, created_at TEXT NOT NULL, due_at TEXT, completed_at TEXT, completed_by TEXT, result TEXT
);
CREATE INDEX tasks_by_jurisdiction_status ON tasks (jurisdiction, status, due_at, created_at);
CREATE INDEX tasks_by_assignee ON tasks (assignee, status);
CREATE INDEX tasks_by_case ON tasks (case_id);
CREATE INDEX tasks_by_due ON tasks (due_at);

CREATE TABLE task_groups (
  task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE, grp TEXT NOT NULL,
  PRIMARY KEY (task_id, grp)
) WITHOUT ROWID;
CREATE INDEX task_groups_by_group ON task_groups (grp, task_id);

CREATE TABLE case_events (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL, jurisdiction TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL,
  type TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX case_events_by_case ON case_events (case_id, at);
CREATE INDEX case_events_by_jurisdiction_at ON case_events (jurisdiction, at, type);

CREATE TABLE ratings (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL UNIQUE, jurisdiction TEXT NOT NULL, level TEXT NOT NULL,
  stars TEXT NOT NULL, comment TEXT, auto INTEGER NOT NULL, at TEXT NOT NULL, rated_by TEXT NOT NULL
);

CREATE TABLE engine_instances (
  instance_key TEXT PRIMARY KEY, process_key TEXT NOT NULL, business_key TEXT NOT NULL, status TEXT NOT NULL,
  state TEXT, variables TEXT NOT NULL, rev INTEGER NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX engine_instances_by_business_key ON engine_instances (business_key, updated_at);
CREATE INDEX engine_instances_active ON engine_instances (instance_key) WHERE status = 'active';

CREATE TABLE timers (
  instance_key TEXT NOT NULL, timer_key TEXT NOT NULL, element_id TEXT NOT NULL, due_at TEXT NOT NULL,
  PRIMARY KEY (instance_key, timer_key)
) WITHOUT ROWID;
CREATE INDEX timers_by_due ON timers (due_at);

CREATE TABLE jobs (
  job_key TEXT PRIMARY KEY, instance_key TEXT NOT NULL, business_key TEXT NOT NULL, type TEXT NOT NULL,
  element_id TEXT NOT NULL, retries INTEGER NOT NULL, status TEXT NOT NULL, variables TEXT NOT NULL,
  headers TEXT NOT NULL, run_after TEXT NOT NULL, error TEXT, created_at TEXT NOT NULL
);
CREATE INDEX jobs_by_status_run_after ON jobs (status, run_after);
CREATE INDEX jobs_by_instance ON jobs (instance_key, created_at);

CREATE TABLE subscriptions (
  instance_key TEXT NOT NULL, element_id TEXT NOT NULL, message_name TEXT NOT NULL, correlation_key TEXT NOT NULL,
  PRIMARY KEY (instance_key, element_id)
) WITHOUT ROWID;
CREATE INDEX subscriptions_by_message ON subscriptions (message_name, correlation_key);

CREATE TABLE buffered_messages (
  id TEXT PRIMARY KEY, message_name TEXT NOT NULL, correlation_key TEXT NOT NULL, variables TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX buffered_messages_by_message ON buffered_messages (message_name, correlation_key, expires_at);

CREATE TABLE outbox (
  id TEXT PRIMARY KEY, topic TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, delivered_at TEXT
);
CREATE INDEX outbox_pending ON outbox (created_at) WHERE delivered_at IS NULL;

CREATE TABLE org_units (
  id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, parent_id TEXT, name TEXT NOT NULL, kind TEXT NOT NULL
);
CREATE INDEX org_units_by_jurisdiction ON org_units (jurisdiction);

CREATE TABLE users (
  id TEXT PRIMARY KEY, jurisdiction TEXT, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
  roles TEXT NOT NULL, group_names TEXT NOT NULL, org_unit_id TEXT, enterprise_id TEXT, password_hash TEXT
);
CREATE INDEX users_by_jurisdiction ON users (jurisdiction, username);

CREATE TABLE enterprises (
  id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, credit_code TEXT NOT NULL, name TEXT NOT NULL, scale TEXT,
  industry TEXT, area TEXT, tags TEXT NOT NULL,
  UNIQUE (jurisdiction, credit_code)
);

CREATE TABLE pairings (
  jurisdiction TEXT NOT NULL, staff_id TEXT NOT NULL, enterprise_id TEXT NOT NULL,
  PRIMARY KEY (jurisdiction, staff_id, enterprise_id)
) WITHOUT ROWID;
`;
