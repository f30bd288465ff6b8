/**
 * Migration 2: engine state. Indexes follow the polling and correlation queries: due timers and
 * runnable jobs in due order (partial: pending jobs only), an instance's timers and jobs, message
 * subscriptions and buffered messages by name + correlation key, pending outbox entries (all, and
 * by topic). Cursor positions are byte offsets (bigint).
 */
export const schemaEngine = `
CREATE TABLE engine_instances (
  instance_key key_text PRIMARY KEY, process_key key_text NOT NULL, business_key key_text NOT NULL,
  status key_text NOT NULL, state json, variables json NOT NULL, rev integer NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX engine_instances_by_business_key ON engine_instances (business_key, updated_at);
CREATE INDEX engine_instances_active ON engine_instances (instance_key) WHERE status = 'active';

CREATE TABLE timers (
  instance_key key_text NOT NULL, timer_key key_text NOT NULL, element_id key_text NOT NULL,
  due_at timestamptz NOT NULL,
  PRIMARY KEY (instance_key, timer_key)
);
CREATE INDEX timers_by_due ON timers (due_at, instance_key, timer_key);

CREATE TABLE jobs (
  job_key key_text PRIMARY KEY, instance_key key_text NOT NULL, business_key key_text NOT NULL,
  type key_text NOT NULL, element_id key_text NOT NULL, retries integer NOT NULL, status key_text NOT NULL,
  variables json NOT NULL, headers json NOT NULL, run_after timestamptz NOT NULL, error text,
  created_at timestamptz NOT NULL
);
CREATE INDEX jobs_runnable ON jobs (run_after, created_at, job_key) WHERE status = 'pending';
CREATE INDEX jobs_by_instance ON jobs (instance_key, created_at, job_key);

CREATE TABLE subscriptions (
  instance_key key_text NOT NULL, element_id key_text NOT NULL, message_name key_text NOT NULL,
  correlation_key key_text NOT NULL,
  PRIMARY KEY (instance_key, element_id)
);
CREATE INDEX subscriptions_by_message ON subscriptions (message_name, correlation_key);

CREATE TABLE buffered_messages (
  id key_text PRIMARY KEY, message_name key_text NOT NULL, correlation_key key_text NOT NULL,
  variables json NOT NULL, expires_at timestamptz NOT NULL
);
CREATE INDEX buffered_messages_by_message ON buffered_messages (message_name, correlation_key, expires_at);

CREATE TABLE outbox (
  id key_text PRIMARY KEY, topic key_text NOT NULL, payload json NOT NULL, created_at timestamptz NOT NULL,
  delivered_at timestamptz
);
CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE delivered_at IS NULL;
CREATE INDEX outbox_pending_by_topic ON outbox (topic, created_at, id) WHERE delivered_at IS NULL;

CREATE TABLE engine_cursors (
  name key_text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL
);
`;
