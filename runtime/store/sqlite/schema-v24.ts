/**
 * Version 24: what a person said about a published version — its change note (变更说明) and, for a
 * rollback, the version it published again. (Open cases of a version are counted over the
 * jurisdiction's open cases, index `cases_by_jurisdiction_status`.)
 */
export const schemaV24 = `
ALTER TABLE definitions ADD COLUMN note TEXT;
ALTER TABLE definitions ADD COLUMN rollback_of INTEGER;
`;
