/**
 * Migration 1: definitions, deployed processes, cases, tasks, the case timeline and ratings.
 *
 * `key_text` (text with the binary "C" collation) holds ids, codes and names that are compared or
 * sorted, so the order is the byte order the SQLite and Mongo adapters give, whatever the database's
 * locale (a zh_CN locale would sort 甲/乙/丙 by pinyin). Timestamps are timestamptz; JSON documents
 * `json` (verbatim), string lists `jsonb`. Indexes follow the hot queries: case lists newest first
 * and the monthly summary (covering), exception lists (预警件 by deadline, 超期办结件 partial index),
 * the inbox by jurisdiction/status/due date and by candidate group (GIN over open tasks only), a
 * case's timeline in append order, the event-type and rating-level filters.
 */
export const schemaCases = `
CREATE DOMAIN key_text AS text COLLATE "C";

CREATE TABLE definitions (
  jurisdiction key_text NOT NULL, version integer NOT NULL, hash key_text NOT NULL, bundle json NOT NULL,
  published_at timestamptz NOT NULL, published_by key_text NOT NULL,
  PRIMARY KEY (jurisdiction, version)
);

CREATE TABLE processes (
  process_key key_text PRIMARY KEY, process_id key_text NOT NULL, version integer NOT NULL,
  resource_name key_text NOT NULL, hash key_text NOT NULL, xml text NOT NULL, deployed_at timestamptz NOT NULL
);
CREATE INDEX processes_by_id_version ON processes (process_id, version);
CREATE INDEX processes_by_id_hash ON processes (process_id, hash, version);

CREATE TABLE cases (
  id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, definition_version integer NOT NULL,
  process_id key_text NOT NULL, instance_key key_text, status key_text NOT NULL, channel key_text NOT NULL,
  title text NOT NULL, enterprise_id key_text, submitted_by key_text NOT NULL, request_class key_text,
  tier key_text, deadline_at timestamptz, deadline_working_days integer, sla_paused_at timestamptz,
  answered_at timestamptz, data json NOT NULL, created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL, closed_at timestamptz, outcome key_text
);
CREATE INDEX cases_by_jurisdiction_created ON cases (jurisdiction, created_at, id)
  INCLUDE (status, request_class, deadline_at, answered_at, closed_at);
CREATE INDEX cases_by_jurisdiction_status ON cases (jurisdiction, status, created_at, id);
CREATE INDEX cases_by_jurisdiction_deadline ON cases (jurisdiction, status, deadline_at);
CREATE INDEX cases_by_enterprise ON cases (enterprise_id, created_at);
CREATE INDEX cases_by_submitter ON cases (submitted_by, created_at);
CREATE INDEX cases_closed_late ON cases (jurisdiction, created_at, id)
  WHERE status = 'closed' AND COALESCE(answered_at, closed_at) > deadline_at;

CREATE TABLE tasks (
  id key_text PRIMARY KEY, case_id key_text NOT NULL, jurisdiction key_text NOT NULL,
  instance_key key_text NOT NULL, element_id key_text NOT NULL, name text NOT NULL, form_key key_text,
  candidate_groups jsonb NOT NULL, assignee key_text, status key_text NOT NULL,
  created_at timestamptz NOT NULL, due_at timestamptz, completed_at timestamptz, completed_by key_text,
  result json
);
CREATE INDEX tasks_by_jurisdiction_status_due ON tasks (jurisdiction, status, due_at, created_at, id);
CREATE INDEX tasks_by_assignee ON tasks (assignee, status);
CREATE INDEX tasks_by_case ON tasks (case_id);
CREATE INDEX tasks_open_by_group ON tasks USING gin (candidate_groups) WHERE status = 'open';

CREATE TABLE case_events (
  seq bigint GENERATED ALWAYS AS IDENTITY, id key_text PRIMARY KEY, case_id key_text NOT NULL,
  jurisdiction key_text NOT NULL, at timestamptz NOT NULL, actor key_text NOT NULL, type key_text NOT NULL,
  data json NOT NULL
);
CREATE INDEX case_events_by_case ON case_events (case_id, at, seq);
CREATE INDEX case_events_by_case_type ON case_events (case_id, type);
CREATE INDEX case_events_by_jurisdiction_at ON case_events (jurisdiction, at, type);
CREATE INDEX case_events_by_type ON case_events (jurisdiction, type, case_id);

CREATE TABLE ratings (
  id key_text PRIMARY KEY, case_id key_text NOT NULL, jurisdiction key_text NOT NULL, level key_text NOT NULL,
  stars json NOT NULL, comment text, auto boolean NOT NULL, at timestamptz NOT NULL,
  rated_by key_text NOT NULL, round integer NOT NULL,
  CONSTRAINT ratings_one_per_case UNIQUE (case_id)
);
CREATE INDEX ratings_by_level ON ratings (jurisdiction, level, case_id);
`;
