/**
 * Version 21: engine cursors. An engine adapter reading an external record stream (the Zeebe
 * adapter's exporter file) keeps its position here, written with what it read, so a restart
 * resumes where the last committed batch ended.
 */
export const schemaV21 = `
CREATE TABLE engine_cursors (
  name TEXT PRIMARY KEY, position INTEGER NOT NULL, updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX outbox_pending_by_topic ON outbox (topic, created_at) WHERE delivered_at IS NULL;
`;
