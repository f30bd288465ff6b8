/**
 * Version 34: 每月政策收集 — one row per (jurisdiction, month) a collecting group recorded its
 * monthly collection of enterprise-service policies (苏州 2. "每月定期收集整理企业服务政策").
 */
export const schemaV34 = `
CREATE TABLE policy_collections (
  id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, month TEXT NOT NULL, collecting_group TEXT NOT NULL,
  recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, policy_ids TEXT NOT NULL, note TEXT NOT NULL
);
CREATE UNIQUE INDEX policy_collections_by_month ON policy_collections (jurisdiction, month);
`;
