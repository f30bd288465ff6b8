import type { Platform } from './platform.js';
import { createEmbeddedPlatform } from './embedded-platform.js';
import { createZeebePlatform, zeebeEnvironment } from './zeebe-platform.js';

/**
 * The platform `ENGINE` names: `embedded` (default) or `zeebe` (needs ZEEBE_ADDRESS and
 * ZEEBE_RECORDS_FILE; ZEEBE_MANAGEMENT_URL only for a broker whose clock should follow ours).
 */
export async function createPlatformFromEnv(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Platform> {
  const engine = env.ENGINE ?? 'embedded';
  if (engine === 'embedded') return createEmbeddedPlatform({ dataDir });
  if (engine !== 'zeebe') throw new Error(`ENGINE must be 'embedded' or 'zeebe', not '${engine}'`);
  const zeebe = zeebeEnvironment(env);
  if (!zeebe) throw new Error('ENGINE=zeebe needs ZEEBE_ADDRESS (host:port of the gateway)');
  // A production broker keeps its own clock: never pin it from here.
  return createZeebePlatform({ ...zeebe, managementUrl: null, dataDir });
}
