/**
 * Version 31: 站内信 — messages per recipient (newest first, unread counted by a partial index), the
 * notification outbox of outside channels (due pending rows by next attempt) and recipients' contacts.
 */
export const schemaV31 = `
CREATE TABLE messages (
  id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, recipient TEXT NOT NULL, kind TEXT NOT NULL,
  case_id TEXT NOT NULL, task_id TEXT, title TEXT NOT NULL, body TEXT NOT NULL,
  created_at TEXT NOT NULL, read_at TEXT
);
CREATE INDEX messages_by_recipient ON messages (recipient, created_at, id);
CREATE INDEX messages_unread ON messages (recipient) WHERE read_at IS NULL;
CREATE TABLE message_deliveries (
  id TEXT PRIMARY KEY, message_id TEXT NOT NULL, jurisdiction TEXT NOT NULL, channel TEXT NOT NULL,
  target TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at TEXT,
  last_error TEXT, created_at TEXT NOT NULL, sent_at TEXT
);
CREATE INDEX message_deliveries_due ON message_deliveries (next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX message_deliveries_by_state ON message_deliveries (state, created_at);
CREATE TABLE message_contacts (
  user_id TEXT PRIMARY KEY, email TEXT, mobile TEXT, updated_at TEXT NOT NULL
);
`;
