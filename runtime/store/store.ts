import type { CoordinationRepository } from './coordination.js';
import type { AuditRepository } from './audit.js';
import type { HolidayArrangementRepository } from './holiday-arrangements.js';
import type { JurisdictionRepository } from './jurisdictions.js';
import type { IndicatorRepository } from './indicators.js';
import type { PolicyCollectionRepository } from './policy-collections.js';
import type { PolicyNoticeRepository } from './policy-notices.js';
import type { MessageRepository } from './messages.js';
import type { Mutation } from './mutations.js';
import type { SavedQueryRepository } from './saved-queries.js';
import type { AttachmentRepository } from './ports/attachment-repository.js';
import type { CaseEventRepository } from './ports/case-event-repository.js';
import type { CaseRepository } from './ports/case-repository.js';
import type { CredentialRepository } from './ports/credential-repository.js';
import type { DefinitionRepository } from './ports/definition-repository.js';
import type { DirectoryRepository } from './ports/directory-repository.js';
import type { EngineStateRepository } from './ports/engine-state-repository.js';
import type { ProcessRepository } from './ports/process-repository.js';
import type { RatingRepository } from './ports/rating-repository.js';
import type { SupervisionRepository } from './ports/supervision-repository.js';
import type { TaskRepository } from './ports/task-repository.js';
import type { VisitRepository } from './ports/visit-repository.js';

// One file per repository interface (ports/); re-exported here so `store.js` stays the port's one
// import for its users.
export type { Page } from './ports/page.js';
export type {
  CalendarDay,
  CaseKey,
  CaseQuery,
  CaseRepository,
  CaseSummary,
  KpiQuery,
  LedgerFacts,
  UnitKpi,
} from './ports/case-repository.js';
export type { TaskQuery, TaskRepository, TaskSort } from './ports/task-repository.js';
export type { DirectoryRepository, EnterpriseQuery, StaffPairingLoad } from './ports/directory-repository.js';
export type { SupervisionQuery, SupervisionRepository } from './ports/supervision-repository.js';
export type { StaffVisitCount, VisitQuery, VisitRepository } from './ports/visit-repository.js';
export type { AttachmentRepository } from './ports/attachment-repository.js';
export type { CaseEventRepository } from './ports/case-event-repository.js';
export type { CredentialRepository } from './ports/credential-repository.js';
export type { DefinitionRepository } from './ports/definition-repository.js';
export type { EngineStateRepository } from './ports/engine-state-repository.js';
export type { ProcessRepository } from './ports/process-repository.js';
export type { RatingRepository } from './ports/rating-repository.js';

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
  /** 每月政策收集: each month's collection of enterprise-service policies. */
  readonly policyCollections: PolicyCollectionRepository;
  /** 站内信, the notification outbox of outside channels, recipients' contacts. */
  readonly messages: MessageRepository;
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
  /** 辖区: archived or not, and the package files beside the bundle (mutation `jurisdiction.save`). */
  readonly jurisdictions: JurisdictionRepository;
  /** 台账 queries staff saved (mutations `savedQuery.insert` / `savedQuery.delete`). */
  readonly savedQueries: SavedQueryRepository;
  /** Leases, counters, versioned values and the live feed the app processes share (not via `transact`). */
  readonly coordination: CoordinationRepository;
  /**
   * Apply all mutations in one transaction. Throws `ConflictError` (code `stale_revision`) when an
   * `instance.save` expectedRev does not match, and then nothing is written.
   */
  transact(mutations: readonly Mutation[]): Promise<void>;
  close(): Promise<void>;
}
