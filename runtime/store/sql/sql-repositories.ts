import { SqlAttachmentRepository } from './attachment-repository.js';
import { SqlAuditRepository } from './audit-repository.js';
import { SqlCredentialRepository } from './credential-repository.js';
import { SqlDefinitionRepository } from './definition-repository.js';
import { SqlDirectoryRepository } from './directory-repository.js';
import { SqlEngineStateRepository } from './engine-state-repository.js';
import { SqlHolidayArrangementRepository } from './holiday-arrangement-repository.js';
import { SqlJurisdictionRepository } from './jurisdiction-repository.js';
import { SqlIndicatorRepository } from './indicator-repository.js';
import { SqlPolicyCollectionRepository } from './policy-collection-repository.js';
import { SqlMessageRepository } from './message-repository.js';
import { SqlPolicyNoticeRepository } from './policy-notice-repository.js';
import { SqlProcessRepository } from './process-repository.js';
import { SqlRatingRepository } from './rating-repository.js';
import { SqlSavedQueryRepository } from './saved-query-repository.js';
import type { SqlReader } from './sql-reader.js';
import { SqlSupervisionRepository } from './supervision-repository.js';
import { SqlVisitRepository } from './visit-repository.js';

/**
 * The `Store` repositories whose SQL both adapters share, over the adapter's `SqlReader`: a SQL
 * store extends this and adds its own case, task and event reads, coordination and `transact`.
 */
export abstract class SqlRepositories {
  readonly definitions: SqlDefinitionRepository;
  readonly processes: SqlProcessRepository;
  readonly ratings: SqlRatingRepository;
  readonly supervision: SqlSupervisionRepository;
  readonly visits: SqlVisitRepository;
  readonly policyNotices: SqlPolicyNoticeRepository;
  readonly policyCollections: SqlPolicyCollectionRepository;
  readonly messages: SqlMessageRepository;
  readonly indicators: SqlIndicatorRepository;
  readonly audit: SqlAuditRepository;
  readonly directory: SqlDirectoryRepository;
  readonly credentials: SqlCredentialRepository;
  readonly attachments: SqlAttachmentRepository;
  readonly engine: SqlEngineStateRepository;
  readonly calendar: SqlHolidayArrangementRepository;
  readonly jurisdictions: SqlJurisdictionRepository;
  readonly savedQueries: SqlSavedQueryRepository;

  constructor(reader: SqlReader) {
    this.definitions = new SqlDefinitionRepository(reader);
    this.processes = new SqlProcessRepository(reader);
    this.ratings = new SqlRatingRepository(reader);
    this.supervision = new SqlSupervisionRepository(reader);
    this.visits = new SqlVisitRepository(reader);
    this.policyNotices = new SqlPolicyNoticeRepository(reader);
    this.policyCollections = new SqlPolicyCollectionRepository(reader);
    this.messages = new SqlMessageRepository(reader);
    this.indicators = new SqlIndicatorRepository(reader);
    this.audit = new SqlAuditRepository(reader);
    this.directory = new SqlDirectoryRepository(reader);
    this.credentials = new SqlCredentialRepository(reader);
    this.attachments = new SqlAttachmentRepository(reader);
    this.engine = new SqlEngineStateRepository(reader);
    this.calendar = new SqlHolidayArrangementRepository(reader);
    this.jurisdictions = new SqlJurisdictionRepository(reader);
    this.savedQueries = new SqlSavedQueryRepository(reader);
  }
}
