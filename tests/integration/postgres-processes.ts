import { after, before } from 'node:test';
import { PostgresStore } from '../../runtime/store/postgres/postgres-store.js';
import { dropSchema, freshSchema } from './postgres-schemas.js';

export interface TwoProcesses {
  schema: string;
  /** The first "process": a PostgresStore with its own pool — to PostgreSQL exactly a separate process. */
  a(): PostgresStore;
  b(): PostgresStore;
}

/**
 * Two app processes on one fresh schema, opened at the same moment before the suite's tests and
 * closed (the schema dropped) after them. Call inside a describe().
 */
export function twoProcesses(url: string, prefix: string): TwoProcesses {
  const schema = freshSchema(prefix);
  let stores: PostgresStore[] = [];
  before(async () => {
    stores = await Promise.all([
      PostgresStore.open({ url, schema, maxConnections: 4 }),
      PostgresStore.open({ url, schema, maxConnections: 4 }),
    ]);
  });
  after(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await dropSchema(url, schema);
  });
  const opened = (i: number) => {
    const store = stores[i];
    if (!store) throw new Error('the processes open in before()');
    return store;
  };
  return { schema, a: () => opened(0), b: () => opened(1) };
}
