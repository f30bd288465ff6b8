import { ProcessLocalCoordination } from '../process-local-coordination.js';
import Database from 'better-sqlite3';
import type { Mutation } from '../mutations.js';
import type { Store } from '../store.js';
import { SqliteCaseEventRepository } from './case-event-repository.js';
import { SqliteCaseRepository } from './case-repository.js';
import { SqlRepositories } from '../sql/sql-repositories.js';
import { SqliteReader } from './sqlite-reader.js';
import { SqliteCoordination } from './sqlite-coordination.js';
import { GroupCommit } from './group-commit.js';
import { migrate } from './migrations.js';
import { MutationApplier } from './mutation-applier.js';
import { StatementCache } from './statement-cache.js';
import { SqliteTaskRepository } from './task-repository.js';

export interface SqliteStoreOptions {
  /** Database file path (created if missing); `:memory:` for throwaway stores. */
  file: string;
  /** How long a writer waits for another process's lock before failing, ms. Default 5000. */
  busyTimeoutMs?: number;
  /**
   * Several app processes serve this file (`APP_PROCESSES` > 1): coordinate through its tables
   * (`SqliteCoordination`) instead of in this process. Default false.
   */
  sharedCoordination?: boolean;
}

/** Connection settings as SQLite reports them (for health checks and tests). */
export interface SqlitePragmas {
  journalMode: string;
  synchronous: number;
  foreignKeys: boolean;
  busyTimeoutMs: number;
}

/** The embedded `Store`: one better-sqlite3 connection, WAL, fully synchronous (group) commits. */
export class SqliteStore extends SqlRepositories implements Store {
  readonly cases: SqliteCaseRepository;
  readonly tasks: SqliteTaskRepository;
  readonly events: SqliteCaseEventRepository;
  /** In this process when it alone serves the file; in the file's tables when several processes do. */
  readonly coordination: ProcessLocalCoordination | SqliteCoordination;
  private readonly commits: GroupCommit;

  private constructor(
    private readonly db: Database.Database,
    sql: StatementCache,
    coordination: ProcessLocalCoordination | SqliteCoordination,
  ) {
    super(new SqliteReader(sql));
    this.coordination = coordination;
    this.cases = new SqliteCaseRepository(sql);
    this.tasks = new SqliteTaskRepository(sql);
    this.events = new SqliteCaseEventRepository(sql);
    const applier = new MutationApplier(sql);
    this.commits = new GroupCommit(db, (mutations) => applier.applyAll(mutations));
  }

  /** Open (or create) the database file, set the pragmas and apply pending migrations. */
  static open(options: SqliteStoreOptions): SqliteStore {
    const db = new Database(options.file);
    try {
      const busyTimeoutMs = Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000));
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('analysis_limit = 1000');
      migrate(db);
      const coordination = options.sharedCoordination
        ? new SqliteCoordination(options.file, busyTimeoutMs)
        : new ProcessLocalCoordination();
      return new SqliteStore(db, new StatementCache(db), coordination);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * All mutations in one transaction (a savepoint of a group commit shared with the batches that
   * are ready in the same turn); the promise settles after the COMMIT.
   */
  transact(mutations: readonly Mutation[]): Promise<void> {
    return this.commits.commit(mutations);
  }

  pragmas(): SqlitePragmas {
    const read = (name: string): unknown => this.db.pragma(name, { simple: true });
    return {
      journalMode: String(read('journal_mode')),
      synchronous: Number(read('synchronous')),
      foreignKeys: Number(read('foreign_keys')) === 1,
      busyTimeoutMs: Number(read('busy_timeout')),
    };
  }

  /** Refreshes planner statistics where SQLite thinks they are stale (bounded work), then closes. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.commits.flush();
    this.db.pragma('optimize');
    this.db.close();
    if (this.coordination instanceof SqliteCoordination) this.coordination.close();
  }
}
