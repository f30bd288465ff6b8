/**
 * Migration 16: 站内信 — messages per recipient (newest first, unread counted by a partial index), the
 * notification outbox of outside channels (due pending rows by next attempt) and recipients' contacts.
 */
export const schemaMessages = `
CREATE TABLE messages (
  id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, recipient key_text NOT NULL,
  kind key_text NOT NULL, case_id key_text NOT NULL, task_id key_text, title text NOT NULL,
  body text NOT NULL, created_at timestamptz NOT NULL, read_at timestamptz
);
CREATE INDEX messages_by_recipient ON messages (recipient, created_at, id);
CREATE INDEX messages_unread ON messages (recipient) WHERE read_at IS NULL;
CREATE TABLE message_deliveries (
  id key_text PRIMARY KEY, message_id key_text NOT NULL, jurisdiction key_text NOT NULL,
  channel key_text NOT NULL, target text NOT NULL, state key_text NOT NULL, attempts integer NOT NULL,
  next_attempt_at timestamptz, last_error text, created_at timestamptz NOT NULL, sent_at timestamptz
);
CREATE INDEX message_deliveries_due ON message_deliveries (next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX message_deliveries_by_state ON message_deliveries (state, created_at);
CREATE TABLE message_contacts (
  user_id key_text PRIMARY KEY, email text, mobile text, updated_at timestamptz NOT NULL
);
`;
