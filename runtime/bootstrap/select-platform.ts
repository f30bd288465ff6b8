import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from './platform.js';
import { createEmbeddedPlatform } from './embedded-platform.js';
import { createTemporalPlatform, temporalEnvironment } from './temporal-platform.js';
import { createZeebePlatform, zeebeEnvironment } from './zeebe-platform.js';
import { MongoStore } from '../store/mongo/mongo-store.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { messageConfigFromEnv } from '../messages/message-config.js';

/**
 * The platform `ENGINE` names: `embedded` (default), `temporal` (the scale-out engine: needs
 * TEMPORAL_ADDRESS; TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE optional) or `zeebe` (a site's licensed
 * broker: needs ZEEBE_ADDRESS and ZEEBE_RECORDS_FILE; ZEEBE_MANAGEMENT_URL only for a broker whose
 * clock should follow ours).
 */
export async function createPlatformFromEnv(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Platform> {
  const engine = env.ENGINE ?? 'embedded';
  if (engine === 'embedded' || engine === 'temporal') {
    const lease = Number(env.ENGINE_LEASE_SECONDS ?? 30);
    if (!(lease >= 1)) throw new Error('ENGINE_LEASE_SECONDS must be a number of seconds ≥ 1');
    const messages = messageConfigFromEnv(env);
    const options = { dataDir, store: await storeFromEnv(env, dataDir), dueLeaseMs: lease * 1000, messages };
    if (engine === 'embedded') return createEmbeddedPlatform(options);
    const temporal = temporalEnvironment(env);
    if (!temporal) throw new Error('ENGINE=temporal needs TEMPORAL_ADDRESS (host:port of the frontend)');
    return createTemporalPlatform({ ...options, ...temporal });
  }
  if (engine !== 'zeebe')
    throw new Error(`ENGINE must be 'embedded', 'temporal' or 'zeebe', not '${engine}'`);
  const zeebe = zeebeEnvironment(env);
  if (!zeebe) throw new Error('ENGINE=zeebe needs ZEEBE_ADDRESS (host:port of the gateway)');
  // A production broker keeps its own clock: never pin it from here.
  const store = await storeFromEnv(env, dataDir);
  const messages = messageConfigFromEnv(env);
  return createZeebePlatform({
    ...zeebe,
    managementUrl: null,
    dataDir,
    messages,
    ...(store ? { store } : {}),
  });
}

/**
 * `STORE=mongo` (with MONGO_URL) picks MongoStore; `STORE=postgres` (with PG_URL, optionally
 * PG_SCHEMA) PostgresStore; unset or `sqlite` keeps the embedded `platform.db` — coordinated through
 * its tables when several app processes serve it (APP_PROCESSES > 1, server/ops/app-cluster.ts).
 */
async function storeFromEnv(env: NodeJS.ProcessEnv, dataDir: string): Promise<Store | undefined> {
  const kind = env.STORE ?? 'sqlite';
  if (kind === 'sqlite') {
    if (Number(env.APP_PROCESSES ?? 1) <= 1) return undefined;
    mkdirSync(dataDir, { recursive: true });
    return SqliteStore.open({ file: join(dataDir, 'platform.db'), sharedCoordination: true });
  }
  if (kind === 'postgres') {
    if (!env.PG_URL)
      throw new Error('STORE=postgres needs PG_URL (e.g. postgres://user:password@127.0.0.1:5432/platform)');
    return PostgresStore.open({ url: env.PG_URL, ...(env.PG_SCHEMA ? { schema: env.PG_SCHEMA } : {}) });
  }
  if (kind !== 'mongo') throw new Error(`STORE must be 'sqlite', 'mongo' or 'postgres', not '${kind}'`);
  if (!env.MONGO_URL)
    throw new Error('STORE=mongo needs MONGO_URL (e.g. mongodb://127.0.0.1:27017/platform)');
  return MongoStore.open({ url: env.MONGO_URL });
}
