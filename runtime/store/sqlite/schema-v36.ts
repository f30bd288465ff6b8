/**
 * Version 36: what the app processes sharing one SQLite file coordinate through (协同) when the
 * server runs several (`APP_PROCESSES`): the same tables as PostgreSQL's migration 12 — leases on
 * due instances, rate-limit windows, versioned values (login lockout) and the live-update feed.
 * SQLite has one writer at a time, so AUTOINCREMENT `seq` increases in commit order.
 */
export const schemaV36 = `
CREATE TABLE coordination_leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, until TEXT NOT NULL);
CREATE TABLE coordination_windows (key TEXT PRIMARY KEY, hits INTEGER NOT NULL, reset_at TEXT NOT NULL);
CREATE INDEX coordination_windows_by_reset ON coordination_windows (reset_at);
CREATE TABLE coordination_values (
  key TEXT PRIMARY KEY, value TEXT NOT NULL, version INTEGER NOT NULL, expires_at TEXT NOT NULL
);
CREATE INDEX coordination_values_by_expiry ON coordination_values (expires_at);
CREATE TABLE live_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, payload TEXT NOT NULL);
`;
