/**
 * Version 20: enterprise monthly indicators (问需求). The primary key leads with (jurisdiction,
 * month, metric) so a month's figures are one range and the comparison month a key lookup per row;
 * the second index serves one enterprise's history.
 */
export const schemaV20 = `
CREATE TABLE indicators (
  jurisdiction TEXT NOT NULL, month TEXT NOT NULL, metric TEXT NOT NULL, enterprise_id TEXT NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (jurisdiction, month, metric, enterprise_id)
) WITHOUT ROWID;
CREATE INDEX indicators_by_enterprise ON indicators (jurisdiction, enterprise_id, month, metric);
`;
