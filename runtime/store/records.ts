import type { JsonObject } from '../common/json.js';

/** One published, immutable version of a jurisdiction's mechanism (config + BPMN + forms). */
export interface DefinitionVersionRecord {
  jurisdiction: string;
  version: number;
  /** sha256 of the canonical bundle: re-publishing identical content is a no-op. */
  hash: string;
  bundle: JsonObject;
  publishedAt: string;
  publishedBy: string;
  /** The publisher's change note (变更说明); null for versions published without one. */
  note: string | null;
  /** The version this one republished (回滚), or null. */
  rollbackOf: number | null;
}

export type CaseStatus = 'open' | 'closed' | 'refused';

/** 诉求 — one enterprise request and its projection of the running process. */
export interface CaseRecord {
  id: string;
  jurisdiction: string;
  definitionVersion: number;
  processId: string;
  instanceKey: string | null;
  /**
   * 案件编号, e.g. `JXKF-2026-000123`: allocated per jurisdiction and year in the transaction that
   * files the case (mutation `case.number`); null only until then.
   */
  caseNumber: string | null;
  status: CaseStatus;
  channel: string;
  title: string;
  enterpriseId: string | null;
  submittedBy: string;
  requestClass: string | null;
  tier: string | null;
  /** Working-day deadline of the current handling step (ISO, in UTC). */
  deadlineAt: string | null;
  /** Whole working days the SLA clock allows for the current class. */
  deadlineWorkingDays: number | null;
  /** Set while the SLA clock is stopped (补充材料, 退单审核); null while it runs. */
  slaPausedAt: string | null;
  /** When the answer was given (答复); on-time is judged by it, not by the later closing. */
  answeredAt: string | null;
  data: JsonObject;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  outcome: string | null;
}

export type TaskStatus = 'open' | 'completed' | 'cancelled';

/** A user task surfaced from the engine into the inbox. */
export interface TaskRecord {
  id: string;
  caseId: string;
  jurisdiction: string;
  instanceKey: string;
  elementId: string;
  name: string;
  formKey: string | null;
  candidateGroups: string[];
  assignee: string | null;
  status: TaskStatus;
  createdAt: string;
  dueAt: string | null;
  completedAt: string | null;
  completedBy: string | null;
  result: JsonObject | null;
}

/** Append-only timeline / audit entry of a case. */
export interface CaseEventRecord {
  id: string;
  caseId: string;
  jurisdiction: string;
  at: string;
  actor: string;
  type: string;
  data: JsonObject;
}

export interface OrgUnitRecord {
  id: string;
  jurisdiction: string;
  parentId: string | null;
  name: string;
  kind: string;
}

export interface UserRecord {
  id: string;
  jurisdiction: string | null;
  username: string;
  displayName: string;
  roles: string[];
  /** Candidate groups this user works from (BPMN `candidateGroups`). */
  groups: string[];
  orgUnitId: string | null;
  enterpriseId: string | null;
  /** null: no password yet (an account to activate, or one that signs in through SSO only). */
  passwordHash: string | null;
  /** 停用: when an admin disabled the account (it cannot sign in; its sessions end); null: active. */
  disabledAt: string | null;
  /** The next sign-in must set a new password first (an initial password, or an expired one). */
  mustChangePassword: boolean;
  /** When the password was last set (expiry counts from here); null: never, or before this was kept. */
  passwordChangedAt: string | null;
}

/**
 * A signed-in session (登录会话). Its token is signed; this record makes it end for good: at logout
 * (`revokedAt`, also across restarts and processes), after idle time (`lastSeenAt`) or at
 * `expiresAt`, the maximum lifetime from sign-in.
 */
export interface SessionRecord {
  sid: string;
  userId: string;
  issuedAt: string;
  expiresAt: string;
  lastSeenAt: string;
  revokedAt: string | null;
}

/** A user's earlier password hashes, newest first (a password is not reused while listed). */
export interface PasswordHistoryRecord {
  userId: string;
  hashes: string[];
}

export interface EnterpriseRecord {
  id: string;
  jurisdiction: string;
  creditCode: string;
  name: string;
  scale: string | null;
  industry: string | null;
  area: string | null;
  tags: string[];
}

export interface PairingRecord {
  jurisdiction: string;
  staffId: string;
  enterpriseId: string;
}

/** An enterprise's evaluation of a closed case, on the jurisdiction's scale. */
export interface RatingRecord {
  id: string;
  caseId: string;
  jurisdiction: string;
  level: string;
  stars: Record<string, number>;
  comment: string | null;
  auto: boolean;
  at: string;
  by: string;
  /**
   * The 评价 round: 0 for the first rating, n after the case was reopened (重办 / 二次交办) n times.
   * A case keeps its latest round's rating; earlier rounds stay on the timeline (`rated` events).
   */
  round: number;
}

export type EngineInstanceStatus = 'active' | 'completed' | 'terminated' | 'failed';

/** Durable state of one embedded process instance (bpmn-engine state minus the shared source). */
export interface EngineInstanceRecord {
  instanceKey: string;
  processKey: string;
  businessKey: string;
  status: EngineInstanceStatus;
  state: JsonObject | null;
  variables: JsonObject;
  /** Optimistic concurrency counter; every save increments it. */
  rev: number;
  updatedAt: string;
}

export interface DeployedProcessRecord {
  processKey: string;
  processId: string;
  version: number;
  resourceName: string;
  hash: string;
  xml: string;
  deployedAt: string;
}

/**
 * How far an engine adapter has read an external record stream (the Zeebe adapter's exporter file:
 * a byte offset at a line boundary). Written in the same transaction as what was read up to it.
 */
export interface EngineCursorRecord {
  name: string;
  position: number;
  updatedAt: string;
}

/** A durable timer: wakes an instance at `dueAt` even after a restart. */
export interface TimerRecord {
  instanceKey: string;
  timerKey: string;
  elementId: string;
  dueAt: string;
}

export type JobStatus = 'pending' | 'completed' | 'failed' | 'cancelled';

/** A service-task job waiting for (or done by) an engine-agnostic worker. */
export interface JobRecord {
  jobKey: string;
  instanceKey: string;
  businessKey: string;
  type: string;
  elementId: string;
  retries: number;
  status: JobStatus;
  variables: JsonObject;
  headers: Record<string, string>;
  /** Not before this time (retry backoff). */
  runAfter: string;
  error: string | null;
  createdAt: string;
}

export interface MessageSubscriptionRecord {
  instanceKey: string;
  elementId: string;
  messageName: string;
  correlationKey: string;
}

/** A message published before any instance waited for it (buffered like Zeebe, with a TTL). */
export interface BufferedMessageRecord {
  id: string;
  messageName: string;
  correlationKey: string;
  variables: JsonObject;
  expiresAt: string;
}

/** Outbox entry for side effects delivered after commit (notifications, live updates). */
export interface OutboxRecord {
  id: string;
  topic: string;
  payload: JsonObject;
  createdAt: string;
  deliveredAt: string | null;
}

export type SupervisionStatus = 'open' | 'answered' | 'withdrawn';

/** 督办单: a supervision order on a case, issued by a leader or the hub, with its own deadline. */
export interface SupervisionOrderRecord {
  id: string;
  jurisdiction: string;
  caseId: string;
  issuedBy: string;
  issuedAt: string;
  /** 领导批示 when issued by a leader as an instruction. */
  kind: 'supervision' | 'leader-instruction';
  instruction: string;
  /** Candidate group that must answer it. */
  targetGroup: string;
  dueAt: string;
  status: SupervisionStatus;
  answeredAt: string | null;
  answeredBy: string | null;
  answer: string | null;
}

/** A logged service visit or contact with an enterprise (送政策, 问需求, 四送五问, 结对走访 …). */
export interface VisitRecord {
  id: string;
  jurisdiction: string;
  enterpriseId: string;
  staffId: string;
  kind: string;
  at: string;
  /** Items covered, e.g. 送政策 / 问困难诉求. */
  items: string[];
  notes: string;
  /** A request raised during the visit, if any. */
  caseId: string | null;
}

/** A file attached to a case; the bytes are kept by the attachment store under the data folder. */
export interface AttachmentRecord {
  id: string;
  caseId: string;
  jurisdiction: string;
  fileName: string;
  /** The sniffed content type (it must agree with the declared one). */
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** 承办单位: the org unit handling a case (the unit of the staff member who last worked it). */
export interface CaseUnitRecord {
  caseId: string;
  jurisdiction: string;
  orgUnitId: string;
}
