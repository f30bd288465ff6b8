/**
 * Migration 9: credentials. Sessions outlive the process (a logout stays a logout after a restart;
 * idle time and the maximum lifetime are counted from here), and each user's last password hashes.
 */
export const schemaCredentials = `
CREATE TABLE sessions (
  sid key_text PRIMARY KEY, user_id key_text NOT NULL, issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL, last_seen_at timestamptz NOT NULL, revoked_at timestamptz
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE TABLE password_history (
  user_id key_text PRIMARY KEY, hashes_json json NOT NULL
);
`;
