/**
 * Migration 10: what a person said about a published version — its change note (变更说明) and, for
 * a rollback, the version it published again (SQLite migration 24). Open cases of a version are
 * counted over `cases_by_jurisdiction_status`.
 */
export const schemaVersionNotes = `
ALTER TABLE definitions ADD COLUMN note text;
ALTER TABLE definitions ADD COLUMN rollback_of integer;
`;
