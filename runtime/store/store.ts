import type { CoordinationRepository } from './coordination.js';
import type { AuditRepository } from './audit.js';
import type { HolidayArrangementRepository } from './holiday-arrangements.js';
import type { IndicatorRepository } from './indicators.js';
import type { PolicyNoticeRepository } from './policy-notices.js';
import type { Mutation } from './mutations.js';
import type {
  AttachmentRecord,
  BufferedMessageRecord,
  CaseEventRecord,
  CaseRecord,
  CaseStatus,
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
  SupervisionStatus,
  TaskRecord,
  TaskStatus,
  TimerRecord,
  UserRecord,
  VisitRecord,
} from './records.js';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface CaseQuery {
  jurisdiction: string;
  status?: CaseStatus;
  enterpriseId?: string;
  submittedBy?: string;
  requestClass?: string;
  /** createdAt >= from (ISO) */
  from?: string;
  /** createdAt < to (ISO) */
  to?: string;
  /** deadlineAt >= deadlineFrom (ISO); cases without a deadline never match. */
  deadlineFrom?: string;
  /** deadlineAt < deadlineTo (ISO); cases without a deadline never match. */
  deadlineTo?: string;
  /**
   * true: closed after the deadline (answeredAt, else closedAt, > deadlineAt; the rule of
   * `CaseSummary.closedLate`); false: every other case (open, refused, on time, without a deadline).
   */
  closedLate?: boolean;
  /** Cases whose rating has one of these levels; an empty list matches none. */
  ratingLevels?: string[];
  /** Cases with at least one case event of this type. */
  withEventType?: string;
  /** Cases pinned to this published version of the jurisdiction's definition. */
  definitionVersion?: number;
  limit?: number;
  offset?: number;
}

export interface TaskQuery {
  jurisdiction: string;
  caseId?: string;
  status?: TaskStatus;
  /** Tasks whose candidate groups intersect these, or assigned to `assignee`. */
  groups?: string[];
  assignee?: string;
  /** Only tasks nobody has claimed. */
  unassigned?: boolean;
  /** dueAt < dueBefore (ISO) */
  dueBefore?: string;
  /** dueAt >= dueFrom (ISO) */
  dueFrom?: string;
  /** Filters on the task's case: request class, tier, intake channel, enterprise. */
  requestClass?: string;
  tier?: string;
  channel?: string;
  enterpriseId?: string;
  /** `due` (default: soonest due first, no due date last), `created` (oldest first), `-created` (newest first). */
  sort?: TaskSort;
  limit?: number;
  offset?: number;
}

export type TaskSort = 'due' | 'created' | '-created';

export interface EnterpriseQuery {
  jurisdiction: string;
  scale?: string;
  industry?: string;
  area?: string;
  /** Enterprises carrying this tag. */
  tag?: string;
  /** Name contains this text. */
  nameContains?: string;
  /** true: only enterprises nobody is paired with (企业无人结对). */
  unpaired?: boolean;
  limit?: number;
  offset?: number;
}

/** How many enterprises one staff member is paired with (0 included). */
export interface StaffPairingLoad {
  staffId: string;
  enterprises: number;
}

/** One calendar day of the jurisdiction (local date), for working-day arithmetic in the store. */
export interface CalendarDay {
  /** YYYY-MM-DD in the jurisdiction's local time. */
  date: string;
  working: boolean;
}

export interface KpiQuery {
  jurisdiction: string;
  /** createdAt >= from (ISO) */
  from: string;
  /** createdAt < to (ISO) */
  to: string;
  now: string;
  utcOffsetMinutes: number;
  /** Every local day from the day of `from` to the day of `now`, ascending, without gaps. */
  days: CalendarDay[];
}

/** The month's figures of one handling unit (承办单位; null: cases no unit has worked yet). */
export interface UnitKpi {
  orgUnitId: string | null;
  received: number;
  open: number;
  closed: number;
  refused: number;
  closedOnTime: number;
  closedLate: number;
  overdueOpen: number;
  /**
   * Closed cases by handling time: working days from the day of receipt (not counted) to the day of
   * the answer (answeredAt, else closedAt), as counted in `days`; key = whole working days.
   */
  handlingDays: Record<string, number>;
  /**
   * 响应: cases staff took up, by response time — working days from the day of receipt (not
   * counted) to the day of the first claim (认领) or completion of any of the case's tasks by staff
   * (events `task.claimed` / `task.completed`); key = whole working days (0: the same day).
   */
  responseDays: Record<string, number>;
  ratings: Record<string, number>;
  /** 未评价: closed cases without a rating (not in `ratings`, so left out of the 满意率). */
  unrated: number;
  /** Cases with at least one `reopened` event (二次交办). */
  reopened: number;
  /** Events with `at` in [from, to) on the unit's cases: `urged` count and `escalated` by `data.from` tier. */
  urgings: number;
  escalationsByTier: Record<string, number>;
}

export interface SupervisionQuery {
  jurisdiction: string;
  status?: SupervisionStatus;
  kind?: SupervisionOrderRecord['kind'];
  /** Orders addressed to any of these candidate groups; an empty list matches none. */
  targetGroups?: string[];
  /** Only overdue orders: status open and dueAt < overdueAt (ISO). */
  overdueAt?: string;
  limit?: number;
  offset?: number;
}

export interface VisitQuery {
  jurisdiction: string;
  enterpriseId?: string;
  staffId?: string;
  kind?: string;
  /** at >= from (ISO) */
  from?: string;
  /** at < to (ISO) */
  to?: string;
  limit?: number;
  offset?: number;
}

/** One staff member's visits of one kind in a window, computed in the store. */
export interface StaffVisitCount {
  staffId: string;
  kind: string;
  visits: number;
  /** Distinct enterprises visited. */
  enterprises: number;
}

/** Monthly figures for one jurisdiction, computed in the store (it must scale to millions of cases). */
export interface CaseSummary {
  received: number;
  open: number;
  closed: number;
  refused: number;
  byClass: Record<string, number>;
  /** Closed cases answered by their deadline (answeredAt, else closedAt, <= deadlineAt). */
  closedOnTime: number;
  closedLate: number;
  overdueOpen: number;
  ratings: Record<string, number>;
  eventCounts: Record<string, number>;
}

export interface DefinitionRepository {
  latest(jurisdiction: string): Promise<DefinitionVersionRecord | null>;
  get(jurisdiction: string, version: number): Promise<DefinitionVersionRecord | null>;
  listVersions(jurisdiction: string): Promise<Omit<DefinitionVersionRecord, 'bundle'>[]>;
  jurisdictions(): Promise<string[]>;
}

export interface ProcessRepository {
  get(processKey: string): Promise<DeployedProcessRecord | null>;
  latest(processId: string): Promise<DeployedProcessRecord | null>;
  byHash(processId: string, hash: string): Promise<DeployedProcessRecord | null>;
}

export interface CaseRepository {
  get(id: string): Promise<CaseRecord | null>;
  /** Cases matching every given filter, newest (createdAt, then id) first. */
  list(query: CaseQuery): Promise<Page<CaseRecord>>;
  summary(jurisdiction: string, from: string, to: string, now: string): Promise<CaseSummary>;
  /**
   * Per requested event type, the number of distinct cases created in [from, to) that have at least
   * one event of that type (at any time). Every requested type is a key, 0 when no case has it.
   */
  countByEventType(
    jurisdiction: string,
    types: string[],
    from: string,
    to: string,
  ): Promise<Record<string, number>>;
  /** KPI figures of the cases received in [from, to), per handling unit, aggregated in the store. */
  kpiByUnit(query: KpiQuery): Promise<UnitKpi[]>;
}

export interface TaskRepository {
  get(id: string): Promise<TaskRecord | null>;
  list(query: TaskQuery): Promise<Page<TaskRecord>>;
}

export interface CaseEventRepository {
  listForCase(caseId: string): Promise<CaseEventRecord[]>;
}

export interface RatingRepository {
  forCase(caseId: string): Promise<RatingRecord | null>;
}

/** 督办单 / 领导批示 on cases. */
export interface SupervisionRepository {
  get(id: string): Promise<SupervisionOrderRecord | null>;
  /** The case's orders, issuedAt ascending. */
  forCase(caseId: string): Promise<SupervisionOrderRecord[]>;
  /** Orders matching every given filter, newest (issuedAt) first. */
  list(query: SupervisionQuery): Promise<Page<SupervisionOrderRecord>>;
}

/** Logged service visits to enterprises. */
export interface VisitRepository {
  /** Visits matching every given filter, newest (at) first. */
  list(query: VisitQuery): Promise<Page<VisitRecord>>;
  /** Visits with `at` in [from, to) per staff member and kind, ordered by staffId then kind. */
  countsByStaff(jurisdiction: string, from: string, to: string): Promise<StaffVisitCount[]>;
}

export interface DirectoryRepository {
  user(id: string): Promise<UserRecord | null>;
  userByUsername(username: string): Promise<UserRecord | null>;
  users(jurisdiction: string | null): Promise<UserRecord[]>;
  orgUnits(jurisdiction: string): Promise<OrgUnitRecord[]>;
  enterprise(id: string): Promise<EnterpriseRecord | null>;
  enterpriseByCreditCode(jurisdiction: string, creditCode: string): Promise<EnterpriseRecord | null>;
  enterprises(jurisdiction: string): Promise<EnterpriseRecord[]>;
  pairings(jurisdiction: string): Promise<PairingRecord[]>;
  orgUnit(id: string): Promise<OrgUnitRecord | null>;
  /** Enterprises matching every given filter, by name then id. */
  enterpriseList(query: EnterpriseQuery): Promise<Page<EnterpriseRecord>>;
  /** Every staff user (no enterpriseId) of the jurisdiction with their pairing count, fewest first, then id. */
  pairingLoads(jurisdiction: string): Promise<StaffPairingLoad[]>;
  /** Skills of the jurisdiction's users that have any, by user id (skills sorted). */
  skills(jurisdiction: string): Promise<Record<string, string[]>>;
}

/** Sessions and password histories (written with `session.*` and `passwordHistory.set`). */
export interface CredentialRepository {
  session(sid: string): Promise<SessionRecord | null>;
  /** The user's history, or null when none was recorded yet. */
  passwordHistory(userId: string): Promise<PasswordHistoryRecord | null>;
}

/** Files attached to cases (metadata). */
export interface AttachmentRepository {
  get(id: string): Promise<AttachmentRecord | null>;
  /** The case's attachments, oldest first. */
  forCase(caseId: string): Promise<AttachmentRecord[]>;
}

export interface EngineStateRepository {
  instance(instanceKey: string): Promise<EngineInstanceRecord | null>;
  instanceByBusinessKey(businessKey: string): Promise<EngineInstanceRecord | null>;
  activeInstanceKeys(): Promise<string[]>;
  /** Every active instance record, by instance key (an adapter rebuilding its routing on start). */
  activeInstances(): Promise<EngineInstanceRecord[]>;
  timersDue(now: string, limit: number): Promise<TimerRecord[]>;
  nextTimer(): Promise<TimerRecord | null>;
  timersFor(instanceKey: string): Promise<TimerRecord[]>;
  job(jobKey: string): Promise<JobRecord | null>;
  jobsRunnable(now: string, limit: number): Promise<JobRecord[]>;
  jobsFor(instanceKey: string): Promise<JobRecord[]>;
  subscriptions(messageName: string, correlationKey: string): Promise<MessageSubscriptionRecord[]>;
  subscriptionsFor(instanceKey: string): Promise<MessageSubscriptionRecord[]>;
  bufferedMessages(
    messageName: string,
    correlationKey: string,
    now: string,
  ): Promise<BufferedMessageRecord[]>;
  /** Undelivered outbox entries, oldest first; only those of `topic` when given. */
  outboxPending(limit: number, topic?: string): Promise<OutboxRecord[]>;
  /** An engine adapter's read position in an external record stream (`cursor.set`), or null. */
  cursor(name: string): Promise<EngineCursorRecord | null>;
}

/**
 * The persistence port. Adapters: `SqliteStore` (embedded default), `MongoStore` and `PostgresStore`
 * (several writing processes).
 * Reads go through repositories; every write goes through `transact`, atomically.
 */
export interface Store {
  readonly definitions: DefinitionRepository;
  readonly processes: ProcessRepository;
  readonly cases: CaseRepository;
  readonly tasks: TaskRepository;
  readonly events: CaseEventRepository;
  readonly ratings: RatingRepository;
  readonly supervision: SupervisionRepository;
  readonly visits: VisitRepository;
  /** 政策告知书: policies pushed to enterprises, their delivery and read receipts. */
  readonly policyNotices: PolicyNoticeRepository;
  /** Enterprise monthly indicators (问需求). */
  readonly indicators: IndicatorRepository;
  /** The append-only audit log (written with mutation `audit.append`). */
  readonly audit: AuditRepository;
  readonly directory: DirectoryRepository;
  readonly credentials: CredentialRepository;
  readonly attachments: AttachmentRepository;
  readonly engine: EngineStateRepository;
  /** National holiday arrangements entered on the platform (mutation `holidayArrangement.insert`). */
  readonly calendar: HolidayArrangementRepository;
  /** Leases, counters, versioned values and the live feed the app processes share (not via `transact`). */
  readonly coordination: CoordinationRepository;
  /**
   * Apply all mutations in one transaction. Throws `ConflictError` (code `stale_revision`) when an
   * `instance.save` expectedRev does not match, and then nothing is written.
   */
  transact(mutations: readonly Mutation[]): Promise<void>;
  close(): Promise<void>;
}
