import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { InputError } from '../runtime/common/errors.js';

/**
 * The server's whole configuration, read once from the environment at start-up and validated.
 * Every variable is documented in README.md ("Configuration reference").
 */
export interface ServerConfig {
  /** PORT — HTTP port (default 3000). */
  port: number;
  /** HOST — interface to bind (default 0.0.0.0). */
  host: string;
  /** DATA_DIR — folder of the embedded SQLite store (default ./data). */
  dataDir: string;
  /** DEFINITIONS_DIR — folder with one sub-folder per jurisdiction (default ./definitions). */
  definitionsDir: string;
  /** STUDIO_DIR — built studio to serve (default ./studio/dist). */
  studioDir: string;
  /** AUTH_SECRET — secret signing session tokens (secret; random per start if unset). */
  authSecret: string;
  /** SESSION_HOURS — session token lifetime in hours (default 12). */
  sessionHours: number;
  /** DEMO — seed demo users and enterprises on first start (default true). */
  demo: boolean;
  /** POLL_INTERVAL_MS — how often due timers and jobs are checked (default 1000). */
  pollIntervalMs: number;
}

function int(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(
      `invalid ${name}`,
      [{ path: name, reason: `must be an integer ${min}..${max}` }],
      'invalid_config',
    );
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): ServerConfig {
  return {
    port: int('PORT', env.PORT, 3000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(root, env.DATA_DIR ?? 'data'),
    definitionsDir: resolve(root, env.DEFINITIONS_DIR ?? 'definitions'),
    studioDir: resolve(root, env.STUDIO_DIR ?? 'studio/dist'),
    authSecret: env.AUTH_SECRET ?? randomBytes(32).toString('hex'),
    sessionHours: int('SESSION_HOURS', env.SESSION_HOURS, 12, 1, 24 * 30),
    demo: (env.DEMO ?? 'true') !== 'false',
    pollIntervalMs: int('POLL_INTERVAL_MS', env.POLL_INTERVAL_MS, 1000, 50, 60_000),
  };
}
