/**
 * Migration 7: enterprise monthly indicators (问需求). The primary key leads with (jurisdiction,
 * month, metric) so a month's figures are one range and the comparison month a key lookup per row;
 * the second index serves one enterprise's history.
 */
export const schemaIndicators = `
CREATE TABLE indicators (
  jurisdiction key_text NOT NULL, month key_text NOT NULL, metric key_text NOT NULL,
  enterprise_id key_text NOT NULL, value double precision NOT NULL,
  PRIMARY KEY (jurisdiction, month, metric, enterprise_id)
);
CREATE INDEX indicators_by_enterprise ON indicators (jurisdiction, enterprise_id, month, metric);
`;
