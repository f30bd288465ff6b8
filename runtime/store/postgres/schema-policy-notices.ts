/**
 * Migration 13: 政策告知书 — catalogue policies pushed (送政策) to enterprises, one row per
 * (jurisdiction, policy, enterprise) with its delivery and read receipt. Indexes: a policy's
 * notices (receipts), an enterprise's notices, the jurisdiction's newest first.
 */
export const schemaPolicyNotices = `
CREATE TABLE policy_notices (
  id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, policy_id key_text NOT NULL,
  enterprise_id key_text NOT NULL, officer_ids jsonb NOT NULL, pushed_by key_text NOT NULL,
  pushed_at timestamptz NOT NULL, delivered_at timestamptz, delivered_by key_text, delivery_way text,
  acknowledged_by text, read_at timestamptz, read_by key_text
);
CREATE INDEX policy_notices_by_policy ON policy_notices (jurisdiction, policy_id, pushed_at);
CREATE INDEX policy_notices_by_enterprise ON policy_notices (enterprise_id, pushed_at);
CREATE INDEX policy_notices_by_jurisdiction ON policy_notices (jurisdiction, pushed_at, id);
`;
