/**
 * Migration 12: what the app processes sharing the database coordinate through (see
 * `CoordinationRepository`): leases on due instances, rate-limit windows, versioned values (login
 * lockout) and the live-update feed, whose `seq` is assigned under an advisory lock so it increases
 * in commit order (a reader polling `seq > last` never skips a row committed late).
 */
export const schemaCoordination = `
CREATE TABLE coordination_leases (
  name key_text PRIMARY KEY, owner key_text NOT NULL, until timestamptz NOT NULL
);
CREATE TABLE coordination_windows (
  key key_text PRIMARY KEY, hits integer NOT NULL, reset_at timestamptz NOT NULL
);
CREATE INDEX coordination_windows_by_reset ON coordination_windows (reset_at);
CREATE TABLE coordination_values (
  key key_text PRIMARY KEY, value text NOT NULL, version integer NOT NULL, expires_at timestamptz NOT NULL
);
CREATE INDEX coordination_values_by_expiry ON coordination_values (expires_at);
CREATE TABLE live_events (seq bigserial PRIMARY KEY, payload text NOT NULL);
`;
