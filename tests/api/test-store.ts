import { PostgresStore } from '../../runtime/store/postgres/postgres-store.js';
import type { Store } from '../../runtime/store/store.js';
import { dropSchema, freshSchema } from '../integration/postgres-schemas.js';

export interface TestStore {
  store: Store;
  /** Removes what the store created (after the platform closed it). */
  drop(): Promise<void>;
}

/**
 * The store API test servers run on: undefined (SQLite `platform.db` in the server's data folder) by
 * default; with TEST_STORE=postgres and PG_URL a PostgresStore in a fresh schema per server, dropped
 * on close — so any API test file runs unchanged on PostgreSQL (scripts/ci/postgres-conformance.sh).
 */
export async function openTestStore(env: NodeJS.ProcessEnv = process.env): Promise<TestStore | undefined> {
  if (env['TEST_STORE'] !== 'postgres') return undefined;
  const url = env['PG_URL'];
  if (!url) throw new Error('TEST_STORE=postgres needs PG_URL');
  const schema = freshSchema('api');
  const store = await PostgresStore.open({ url, schema, maxConnections: 4 });
  return { store, drop: () => dropSchema(url, schema) };
}
