/**
 * Version 28: 政策告知书 — catalogue policies pushed (送政策) to enterprises, one row per
 * (jurisdiction, policy, enterprise) with its delivery and read receipt. Indexes: a policy's
 * notices (receipts), an enterprise's notices (its pushed policies), newest first.
 */
export const schemaV28 = `
CREATE TABLE policy_notices (
  id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, policy_id TEXT NOT NULL, enterprise_id TEXT NOT NULL,
  officer_ids TEXT NOT NULL, pushed_by TEXT NOT NULL, pushed_at TEXT NOT NULL,
  delivered_at TEXT, delivered_by TEXT, delivery_way TEXT, acknowledged_by TEXT,
  read_at TEXT, read_by TEXT
);
CREATE INDEX policy_notices_by_policy ON policy_notices (jurisdiction, policy_id, pushed_at);
CREATE INDEX policy_notices_by_enterprise ON policy_notices (enterprise_id, pushed_at);
CREATE INDEX policy_notices_by_jurisdiction ON policy_notices (jurisdiction, pushed_at);
`;
