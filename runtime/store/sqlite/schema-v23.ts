/**
 * Version 23: credentials. Sessions outlive the process (a logout stays a logout after a restart;
 * idle time and the maximum lifetime are counted from here), and each user's last password hashes
 * (a password is not reused while listed).
 */
export const schemaV23 = `
CREATE TABLE sessions (
  sid TEXT PRIMARY KEY, user_id TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL, revoked_at TEXT
) WITHOUT ROWID;
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE TABLE password_history (
  user_id TEXT PRIMARY KEY, hashes_json TEXT NOT NULL
) WITHOUT ROWID;
`;
