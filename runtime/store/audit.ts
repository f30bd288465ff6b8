import type { JsonValue } from '../common/json.js';
import type { Page } from './store.js';

/** One entry of the append-only audit log: who did what, when, with which outcome. */
export interface AuditRecord {
  id: string;
  at: string;
  /** Tenant the entry belongs to; null for platform-level entries (e.g. a platform admin's login). */
  jurisdiction: string | null;
  /** Acting user; null when nobody could be identified (e.g. a failed login of an unknown name). */
  actorId: string | null;
  actorName: string | null;
  /** What was attempted: `METHOD /route/:pattern` or a named event such as `auth.login`. */
  action: string;
  method: string;
  /** The request path as called (no query string). */
  path: string;
  /** The resource acted on (case, task, user id …), when known. */
  target: string | null;
  /** HTTP status of the outcome. */
  status: number;
  requestId: string | null;
  /** State before and after, for admin edits; null otherwise. */
  before: JsonValue | null;
  after: JsonValue | null;
}

export interface AuditQuery {
  /** One tenant's entries; omitted: every entry (platform admins). */
  jurisdiction?: string;
  actorId?: string;
  /** 账号审计: entries made by this user or acting on it (`actorId` or `target`). */
  account?: string;
  action?: string;
  /** at >= from (ISO) */
  from?: string;
  /** at < to (ISO) */
  to?: string;
  limit?: number;
  offset?: number;
}

/** Read side of the audit log; entries are only ever added (mutation `audit.append`). */
export interface AuditRepository {
  /** Matching entries, newest first (in the order they were appended). */
  list(query: AuditQuery): Promise<Page<AuditRecord>>;
}
