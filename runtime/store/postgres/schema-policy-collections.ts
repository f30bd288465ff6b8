/**
 * Migration 19: 每月政策收集 — one row per (jurisdiction, month) a collecting group recorded its
 * monthly collection of enterprise-service policies (苏州 2. "每月定期收集整理企业服务政策").
 */
export const schemaPolicyCollections = `
CREATE TABLE policy_collections (
  id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, month key_text NOT NULL,
  collecting_group key_text NOT NULL, recorded_by key_text NOT NULL, recorded_at timestamptz NOT NULL,
  policy_ids jsonb NOT NULL, note text NOT NULL
);
CREATE UNIQUE INDEX policy_collections_by_month ON policy_collections (jurisdiction, month);
`;
