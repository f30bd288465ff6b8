import type pg from 'pg';
import { InputError } from '../../common/errors.js';
import type { Mutation } from '../mutations.js';
import type { Store } from '../store.js';
import { PostgresCaseEventRepository } from './case-event-repository.js';
import { PostgresCaseRepository } from './case-repository.js';
import { PostgresCoordinationRepository } from './coordination-repository.js';
import { ensureSchema, migrate } from './migrations.js';
import { applyBatch } from './mutation-applier.js';
import { openPool } from './pool.js';
import { SqlRepositories } from '../sql/sql-repositories.js';
import { Sql } from './sql.js';
import { PostgresTaskRepository } from './task-repository.js';

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
export class PostgresStore extends SqlRepositories implements Store {
  readonly cases: PostgresCaseRepository;
  readonly tasks: PostgresTaskRepository;
  readonly events: PostgresCaseEventRepository;
  readonly coordination: PostgresCoordinationRepository;
  #closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    /** The schema this store reads and writes. */
    readonly schema: string,
    sql: Sql,
  ) {
    super(sql);
    this.cases = new PostgresCaseRepository(sql);
    this.tasks = new PostgresTaskRepository(sql);
    this.events = new PostgresCaseEventRepository(sql);
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
      return new PostgresStore(pool, schema, new Sql(pool));
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
