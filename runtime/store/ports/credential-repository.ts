import type { PasswordHistoryRecord, SessionRecord } from '../records.js';

/** Sessions and password histories (written with `session.*` and `passwordHistory.set`). */
export interface CredentialRepository {
  session(sid: string): Promise<SessionRecord | null>;
  /** The user's history, or null when none was recorded yet. */
  passwordHistory(userId: string): Promise<PasswordHistoryRecord | null>;
}
