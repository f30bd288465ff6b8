import type pg from 'pg';
import { InputError } from '../../common/errors.js';
import type { Mutation } from '../mutations.js';
import type { Store } from '../store.js';
import { SqlAttachmentRepository } from '../sql/attachment-repository.js';
import { SqlAuditRepository } from '../sql/audit-repository.js';
import { PostgresCaseEventRepository } from './case-event-repository.js';
import { PostgresCaseRepository } from './case-repository.js';
import { SqlDefinitionRepository } from '../sql/definition-repository.js';
import { SqlDirectoryRepository } from '../sql/directory-repository.js';
import { SqlEngineStateRepository } from '../sql/engine-state-repository.js';
import { PostgresCoordinationRepository } from './coordination-repository.js';
import { SqlCredentialRepository } from '../sql/credential-repository.js';
import { SqlHolidayArrangementRepository } from '../sql/holiday-arrangement-repository.js';
import { SqlIndicatorRepository } from '../sql/indicator-repository.js';
import { ensureSchema, migrate } from './migrations.js';
import { applyBatch } from './mutation-applier.js';
import { openPool } from './pool.js';
import { SqlProcessRepository } from '../sql/process-repository.js';
import { SqlRatingRepository } from '../sql/rating-repository.js';
import { Sql } from './sql.js';
import { SqlSupervisionRepository } from '../sql/supervision-repository.js';
import { PostgresTaskRepository } from './task-repository.js';
import { SqlVisitRepository } from '../sql/visit-repository.js';
import { SqlPolicyNoticeRepository } from '../sql/policy-notice-repository.js';

export interface PostgresStoreOptions {
  /** Connection URI, e.g. `postgres://user:password@127.0.0.1:5432/platform` (env `PG_URL`). */
  url: string;
  /** Schema holding the tables, created if missing (env `PG_SCHEMA`; default `public`). */
  schema?: string;
  /** Most connections this process keeps open (default 10). */
  maxConnections?: number;
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The `Store` on PostgreSQL through node-postgres: several app processes may share one database,
 * every `transact` is one transaction, and migrations apply once however many processes start.
 */
export class PostgresStore implements Store {
  readonly definitions: SqlDefinitionRepository;
  readonly processes: SqlProcessRepository;
  readonly cases: PostgresCaseRepository;
  readonly tasks: PostgresTaskRepository;
  readonly events: PostgresCaseEventRepository;
  readonly ratings: SqlRatingRepository;
  readonly supervision: SqlSupervisionRepository;
  readonly visits: SqlVisitRepository;
  readonly policyNotices: SqlPolicyNoticeRepository;
  readonly indicators: SqlIndicatorRepository;
  readonly audit: SqlAuditRepository;
  readonly directory: SqlDirectoryRepository;
  readonly attachments: SqlAttachmentRepository;
  readonly engine: SqlEngineStateRepository;
  readonly calendar: SqlHolidayArrangementRepository;
  readonly credentials: SqlCredentialRepository;
  readonly coordination: PostgresCoordinationRepository;
  #closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    /** The schema this store reads and writes. */
    readonly schema: string,
  ) {
    const sql = new Sql(pool);
    this.definitions = new SqlDefinitionRepository(sql);
    this.processes = new SqlProcessRepository(sql);
    this.cases = new PostgresCaseRepository(sql);
    this.tasks = new PostgresTaskRepository(sql);
    this.events = new PostgresCaseEventRepository(sql);
    this.ratings = new SqlRatingRepository(sql);
    this.supervision = new SqlSupervisionRepository(sql);
    this.visits = new SqlVisitRepository(sql);
    this.policyNotices = new SqlPolicyNoticeRepository(sql);
    this.indicators = new SqlIndicatorRepository(sql);
    this.audit = new SqlAuditRepository(sql);
    this.directory = new SqlDirectoryRepository(sql);
    this.attachments = new SqlAttachmentRepository(sql);
    this.engine = new SqlEngineStateRepository(sql);
    this.calendar = new SqlHolidayArrangementRepository(sql);
    this.credentials = new SqlCredentialRepository(sql);
    this.coordination = new PostgresCoordinationRepository(pool);
  }

  /** Connect, create the schema if missing and apply pending migrations. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const schema = options.schema ?? 'public';
    if (!identifier.test(schema))
      throw new InputError(
        `invalid schema name '${schema}'`,
        [{ path: 'PG_SCHEMA', reason: 'lower-case letters, digits and _, not starting with a digit' }],
        'invalid_config',
      );
    const pool = openPool({ url: options.url, schema, maxConnections: options.maxConnections ?? 10 });
    try {
      if (schema !== 'public') await ensureSchema(pool, schema);
      await migrate(pool);
      return new PostgresStore(pool, schema);
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  /** All mutations in one transaction; see `applyBatch` for what decides between processes. */
  async transact(mutations: readonly Mutation[]): Promise<void> {
    await applyBatch(this.pool, mutations);
  }

  /** Waits for running queries, then closes every connection. Closing twice is harmless. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.pool.end();
  }
}
