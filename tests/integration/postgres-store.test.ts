// The Store conformance suite against PostgresStore on a real PostgreSQL server
// (scripts/ci/postgres-conformance.sh starts one). Runs only when PG_URL is set; each test gets its
// own schema, dropped afterwards.
import { describe, it } from 'node:test';
import { describeStoreConformance } from '../../runtime/store/conformance/store-conformance.js';
import { PostgresStore } from '../../runtime/store/postgres/postgres-store.js';
import { dropSchema, freshSchema } from './postgres-schemas.js';

const url = process.env['PG_URL'];

if (!url) {
  void describe('PostgresStore', () => {
    void it(
      'needs a PostgreSQL server',
      { skip: 'PG_URL is not set (see scripts/ci/postgres-conformance.sh)' },
      () => {},
    );
  });
} else {
  describeStoreConformance('postgres', async () => {
    const schema = freshSchema('conformance');
    const store = await PostgresStore.open({ url, schema, maxConnections: 4 });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await dropSchema(url, schema);
      },
    };
  });
}
