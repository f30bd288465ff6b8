import { ProcessLocalCoordination } from '../process-local-coordination.js';
import { MongoSavedQueryRepository } from './saved-query-store.js';
import mongoose, { type Connection } from 'mongoose';
import type { Db } from 'mongodb';
import type { Mutation } from '../mutations.js';
import type { Store } from '../store.js';
import { MongoAttachmentRepository } from './attachment-repository.js';
import { MongoAuditRepository } from './audit-repository.js';
import { MongoCaseRepository } from './case-repository.js';
import { MongoCredentialRepository } from './credential-repository.js';
import { MongoIndicatorRepository } from './indicator-repository.js';
import { MongoHolidayArrangementRepository } from './holiday-arrangement-repository.js';
import { MongoJurisdictionRepository } from './jurisdiction-repository.js';
import { MongoDefinitionRepository } from './definition-repository.js';
import { MongoDirectoryRepository } from './directory-repository.js';
import { MongoEngineStateRepository } from './engine-state-repository.js';
import { MongoCaseEventRepository } from './event-repository.js';
import { registerModels } from './models.js';
import { planMutations } from './mutation-planner.js';
import { MongoProcessRepository } from './process-repository.js';
import { MongoRatingRepository } from './rating-repository.js';
import { RecordImporter } from './record-import.js';
import { SerialQueue } from './serial-queue.js';
import { StagedView } from './staged-view.js';
import { MongoSupervisionRepository } from './supervision-repository.js';
import { MongoTaskRepository } from './task-repository.js';
import { MongoVisitRepository } from './visit-repository.js';
import { MongoPolicyCollectionRepository } from './policy-collection-store.js';
import { MongoPolicyNoticeRepository } from './policy-notice-store.js';
import { MongoMessageRepository } from './message-store.js';
import { applyOps } from './write-ops.js';
import { WriteJournal } from './write-journal.js';

export type TransactionMode = 'auto' | 'transactions' | 'journal';

export interface MongoStoreOptions {
  /** Connection URI, e.g. `mongodb://127.0.0.1:27017/` (env `MONGO_URL`). */
  url: string;
  /** Database name; default: the URI's, else `enterprise_requests`. */
  dbName?: string;
  /**
   * `auto` (default): multi-document transactions when the server is a replica set or mongos, the
   * write journal otherwise (FerretDB v1, standalone mongod). See README.md.
   */
  transactions?: TransactionMode;
  serverSelectionTimeoutMs?: number;
}

/** The scale-out `Store` on MongoDB (or FerretDB v1) through mongoose. */
export class MongoStore implements Store {
  readonly definitions: MongoDefinitionRepository;
  readonly processes: MongoProcessRepository;
  readonly cases: MongoCaseRepository;
  readonly tasks: MongoTaskRepository;
  readonly events: MongoCaseEventRepository;
  readonly ratings: MongoRatingRepository;
  readonly supervision: MongoSupervisionRepository;
  readonly visits: MongoVisitRepository;
  readonly policyNotices: MongoPolicyNoticeRepository;
  readonly policyCollections: MongoPolicyCollectionRepository;
  readonly messages: MongoMessageRepository;
  readonly indicators: MongoIndicatorRepository;
  readonly audit: MongoAuditRepository;
  readonly directory: MongoDirectoryRepository;
  readonly credentials: MongoCredentialRepository;
  readonly attachments: MongoAttachmentRepository;
  readonly engine: MongoEngineStateRepository;
  readonly calendar: MongoHolidayArrangementRepository;
  readonly jurisdictions: MongoJurisdictionRepository;
  readonly savedQueries: MongoSavedQueryRepository;
  /** In this process: the adapter serves one app process. */
  readonly coordination = new ProcessLocalCoordination();
  private readonly journal: WriteJournal;
  private readonly writes = new SerialQueue();

  private constructor(
    private readonly connection: Connection,
    private readonly db: Db,
    /** true: multi-document transactions; false: the write journal. */
    readonly usesTransactions: boolean,
  ) {
    this.definitions = new MongoDefinitionRepository(db);
    this.processes = new MongoProcessRepository(db);
    this.cases = new MongoCaseRepository(db);
    this.tasks = new MongoTaskRepository(db);
    this.events = new MongoCaseEventRepository(db);
    this.ratings = new MongoRatingRepository(db);
    this.supervision = new MongoSupervisionRepository(db);
    this.visits = new MongoVisitRepository(db);
    this.policyNotices = new MongoPolicyNoticeRepository(db);
    this.policyCollections = new MongoPolicyCollectionRepository(db);
    this.messages = new MongoMessageRepository(db);
    this.indicators = new MongoIndicatorRepository(db);
    this.audit = new MongoAuditRepository(db);
    this.directory = new MongoDirectoryRepository(db);
    this.credentials = new MongoCredentialRepository(db);
    this.attachments = new MongoAttachmentRepository(db);
    this.engine = new MongoEngineStateRepository(db);
    this.calendar = new MongoHolidayArrangementRepository(db);
    this.jurisdictions = new MongoJurisdictionRepository(db);
    this.savedQueries = new MongoSavedQueryRepository(db);
    this.journal = new WriteJournal(db);
  }

  /** Connect, create collections and indexes, pick the transaction mode and replay the write journal. */
  static async open(options: MongoStoreOptions): Promise<MongoStore> {
    const connection = await mongoose
      .createConnection(options.url, {
        dbName: options.dbName ?? (dbNameOf(options.url) || 'enterprise_requests'),
        serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 10_000,
        autoIndex: false,
        autoCreate: false,
      })
      .asPromise();
    try {
      const db = connection.db;
      if (!db) throw new Error('mongo: connected without a database handle');
      await registerModels(connection);
      const mode = options.transactions ?? 'auto';
      const transactions = mode === 'auto' ? await supportsTransactions(db) : mode === 'transactions';
      const store = new MongoStore(connection, db, transactions);
      await store.journal.replay();
      return store;
    } catch (error) {
      await connection.close();
      throw error;
    }
  }

  /**
   * All mutations atomically. Validation (not found, stale revision, duplicates) happens before any
   * write, so a refused batch writes nothing. Batches of this process run one at a time.
   */
  transact(mutations: readonly Mutation[]): Promise<void> {
    if (mutations.length === 0) return Promise.resolve();
    return this.writes.run(() =>
      this.usesTransactions ? this.inTransaction(mutations) : this.journaled(mutations),
    );
  }

  private async journaled(mutations: readonly Mutation[]): Promise<void> {
    const ops = await planMutations(mutations, new StagedView(this.db));
    await this.journal.commit(ops);
  }

  private async inTransaction(mutations: readonly Mutation[]): Promise<void> {
    const session = await this.connection.startSession();
    try {
      await session.withTransaction(async () => {
        const ops = await planMutations(mutations, new StagedView(this.db, session));
        await applyOps(this.db, ops, session);
      });
    } finally {
      await session.endSession();
    }
  }

  /** Bulk loading of whole records (the SQLite export); see record-import.ts. */
  importer(): RecordImporter {
    return new RecordImporter(this.db);
  }

  /** Drops the whole database (tests and tools only). */
  async dropDatabase(): Promise<void> {
    await this.db.dropDatabase();
  }

  async close(): Promise<void> {
    await this.writes.run(async () => undefined);
    await this.connection.close();
  }
}

function dbNameOf(url: string): string {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]*)/.exec(url);
  return decodeURIComponent(match?.[1] ?? '');
}

/** A replica set member or mongos: multi-document transactions are available. */
async function supportsTransactions(db: Db): Promise<boolean> {
  const hello = await db.admin().command({ hello: 1 });
  return typeof hello['setName'] === 'string' || hello['msg'] === 'isdbgrid';
}
