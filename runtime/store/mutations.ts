import type { AuditRecord } from './audit.js';
import type { HolidayArrangementRecord } from './holiday-arrangements.js';
import type { JurisdictionRecord } from './jurisdictions.js';
import type { IndicatorRecord } from './indicators.js';
import type { PolicyCollectionRecord } from './policy-collections.js';
import type { PolicyNoticePatch, PolicyNoticeRecord } from './policy-notices.js';
import type { DeliveryPatch, DeliveryRecord, MessageContactRecord, MessageRecord } from './messages.js';
import type { SavedQueryRecord } from './saved-queries.js';
import type {
  AttachmentRecord,
  BufferedMessageRecord,
  CaseEventRecord,
  CaseRecord,
  CaseUnitRecord,
  DefinitionVersionRecord,
  DeployedProcessRecord,
  EngineCursorRecord,
  EngineInstanceRecord,
  EnterpriseRecord,
  JobRecord,
  MessageSubscriptionRecord,
  OrgUnitRecord,
  OutboxRecord,
  PairingRecord,
  PasswordHistoryRecord,
  RatingRecord,
  SessionRecord,
  SupervisionOrderRecord,
  TaskRecord,
  TimerRecord,
  UserRecord,
  VisitRecord,
} from './records.js';

export type CasePatch = Partial<Omit<CaseRecord, 'id' | 'jurisdiction' | 'createdAt' | 'caseNumber'>>;
/** `elementId`, `name`, `formKey`: re-keyed when a migration maps the task's element to another. */
export type TaskPatch = Partial<
  Pick<
    TaskRecord,
    | 'assignee'
    | 'status'
    | 'completedAt'
    | 'completedBy'
    | 'result'
    | 'dueAt'
    | 'elementId'
    | 'name'
    | 'formKey'
  >
>;
/** `elementId`: re-keyed when a migration maps the job's element to another. */
export type JobPatch = Partial<Pick<JobRecord, 'status' | 'retries' | 'runAfter' | 'error' | 'elementId'>>;
export type SupervisionPatch = Partial<
  Pick<SupervisionOrderRecord, 'status' | 'answeredAt' | 'answeredBy' | 'answer' | 'dueAt'>
>;

/**
 * One write. A list of mutations is applied by `Store.transact` atomically: all or nothing.
 * Inserts keyed by deterministic ids are idempotent (a replayed step after a crash writes nothing new).
 */
export type Mutation =
  | { kind: 'definition.publish'; record: DefinitionVersionRecord }
  | { kind: 'process.deploy'; record: DeployedProcessRecord }
  | { kind: 'case.insert'; record: CaseRecord }
  | { kind: 'case.update'; id: string; patch: CasePatch }
  /**
   * Gives the case its 案件编号 (unless it has one): the next number of the jurisdiction's counter
   * for `year`, formatted with `prefix` (`formatCaseNumber`). Never reused, no gaps: the counter
   * moves in the same transaction.
   */
  | { kind: 'case.number'; caseId: string; jurisdiction: string; prefix: string; year: number }
  | { kind: 'task.insert'; record: TaskRecord }
  | { kind: 'task.update'; id: string; patch: TaskPatch }
  | { kind: 'event.append'; record: CaseEventRecord }
  | { kind: 'rating.insert'; record: RatingRecord }
  | { kind: 'supervision.insert'; record: SupervisionOrderRecord }
  | { kind: 'supervision.update'; id: string; patch: SupervisionPatch }
  | { kind: 'visit.insert'; record: VisitRecord }
  | { kind: 'policyNotice.insert'; record: PolicyNoticeRecord }
  | { kind: 'policyNotice.update'; id: string; patch: PolicyNoticePatch }
  /** A month already recorded keeps its first record. */
  | { kind: 'policyCollection.insert'; record: PolicyCollectionRecord }
  /** 站内信: a replayed step (same id) writes nothing. */
  | { kind: 'inboxMessage.insert'; record: MessageRecord }
  /** Marks a message read at `at` (the first read counts); no-op for an unknown id. */
  | { kind: 'inboxMessage.read'; id: string; at: string }
  /** A message's copy for an outside channel (the notification outbox); a replay writes nothing. */
  | { kind: 'delivery.insert'; record: DeliveryRecord }
  | { kind: 'delivery.update'; id: string; patch: DeliveryPatch }
  /** Sets (replaces) a user's message contact. */
  | { kind: 'contact.set'; record: MessageContactRecord }
  | { kind: 'savedQuery.insert'; record: SavedQueryRecord }
  /** Removes the saved query `id` if it is `userId`'s (another user's stays). */
  | { kind: 'savedQuery.delete'; id: string; userId: string }
  /** Sets one enterprise's figure for a metric and month (replacing an earlier value). */
  | { kind: 'indicator.upsert'; record: IndicatorRecord }
  | { kind: 'audit.append'; record: AuditRecord }
  | { kind: 'instance.save'; record: EngineInstanceRecord; expectedRev: number | null }
  | { kind: 'timer.set'; record: TimerRecord }
  | { kind: 'timer.clear'; instanceKey: string; timerKey: string }
  | { kind: 'job.insert'; record: JobRecord }
  | { kind: 'job.update'; jobKey: string; patch: JobPatch }
  | { kind: 'subscription.set'; record: MessageSubscriptionRecord }
  | { kind: 'subscription.clear'; instanceKey: string; elementId: string }
  | { kind: 'message.buffer'; record: BufferedMessageRecord }
  | { kind: 'message.delete'; id: string }
  | { kind: 'outbox.add'; record: OutboxRecord }
  | { kind: 'outbox.delivered'; id: string; at: string }
  | { kind: 'cursor.set'; record: EngineCursorRecord }
  | { kind: 'orgUnit.upsert'; record: OrgUnitRecord }
  | { kind: 'user.upsert'; record: UserRecord }
  | { kind: 'enterprise.upsert'; record: EnterpriseRecord }
  | { kind: 'pairing.upsert'; record: PairingRecord }
  | { kind: 'pairing.delete'; record: PairingRecord }
  | { kind: 'orgUnit.delete'; id: string }
  /** Deletes the enterprise and its pairings. */
  | { kind: 'enterprise.delete'; id: string }
  /** Deletes the user, their pairings and skills. */
  | { kind: 'user.delete'; id: string }
  /** Replaces the user's skills. */
  | { kind: 'user.skills'; userId: string; skills: string[] }
  | { kind: 'attachment.insert'; record: AttachmentRecord }
  /** Sets (or moves) the case's handling unit. */
  | { kind: 'caseUnit.set'; record: CaseUnitRecord }
  /** Saves a new version of a year's national holiday arrangement (immutable once saved). */
  | { kind: 'holidayArrangement.insert'; record: HolidayArrangementRecord }
  /** Saves a jurisdiction record; `create` refuses an id already taken (`jurisdiction_exists`). */
  | { kind: 'jurisdiction.save'; record: JurisdictionRecord; create: boolean }
  /** Records a new session (a replay of the same sid writes nothing). */
  | { kind: 'session.open'; record: SessionRecord }
  /** Moves the session's lastSeenAt forward to `at` (never back); no-op for an unknown sid. */
  | { kind: 'session.touch'; sid: string; at: string }
  /** Ends the session at `at` (the first revocation counts); no-op for an unknown sid. */
  | { kind: 'session.revoke'; sid: string; at: string }
  /** Replaces the user's password history. */
  | { kind: 'passwordHistory.set'; record: PasswordHistoryRecord };

export type MutationKind = Mutation['kind'];
