import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { defaultAttachmentTypeIds } from '../runtime/attachments/attachment-types.js';
import { InputError } from '../runtime/common/errors.js';
import { ssoConfigFrom, type SsoConfig } from './auth/sso-config.js';
import { defaultPasswordPolicy, passwordPolicyFloor, type PasswordPolicy } from './auth/password-policy.js';

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
  /** SESSION_HOURS — maximum session lifetime from sign-in, in hours (default 12, at most 24). */
  sessionHours: number;
  /** SESSION_IDLE_MINUTES — a session unused this long ends (default 30). */
  sessionIdleMinutes: number;
  /** DEMO — `true`: seed demo users (published password) and list them on the login page (default off; `npm start` sets it). */
  demo: boolean;
  /** METRICS_TOKEN — bearer token for /metrics scrapers (secret; unset: only platform admins read it). */
  metricsToken: string | null;
  /** POLL_INTERVAL_MS — how often due timers and jobs are checked (default 1000). */
  pollIntervalMs: number;
  /** Authentication, cookies, lockout, rate and size limits (see `SecurityConfig`). */
  security: SecurityConfig;
  /** LOG_LEVEL — pino level: fatal, error, warn, info, debug, trace, silent (default info). */
  logLevel: string;
  /** SHUTDOWN_GRACE_MS — how long in-flight requests may take to finish on SIGTERM (default 10000). */
  shutdownGraceMs: number;
  /** ATTACHMENT_MAX_MB — largest case attachment in MiB (default 10). */
  attachmentMaxBytes: number;
  /** ATTACHMENT_TYPES — comma-separated allowed attachment types (default pdf,png,jpeg,docx,xlsx). */
  attachmentTypes: string[];
  /**
   * The budget of admin-written expressions (FEEL, JSONata): EXPRESSION_BUDGET_MS — wall time of one
   * expression (default 200); EXPRESSION_MEMORY_MB — heap of each evaluation worker (default 64);
   * EXPRESSION_WORKERS — evaluation workers (default 2); QUARANTINE_SECONDS — how long an
   * expression that exceeded its budget is not run again (default 300).
   */
  expressionBudget: { timeMs: number; memoryMb: number; workers: number; quarantineMs: number };
  /** 口令策略: PASSWORD_MIN_LENGTH, PASSWORD_CLASSES, PASSWORD_HISTORY (`PasswordPolicy`). */
  passwordPolicy: PasswordPolicy;
  /** 统一身份认证: OpenID Connect sign-in (SSO_* variables, `SsoConfig`); null when SSO_ISSUER is unset. */
  sso: SsoConfig | null;
}

/** Security settings; every field has an environment variable and a default. */
export interface SecurityConfig {
  /** COOKIE_SECURE — `auto` (Secure when the request came over https), `true` or `false` (default auto). */
  cookieSecure: 'auto' | 'true' | 'false';
  /** TRUST_PROXY — express `trust proxy` hop count, so X-Forwarded-Proto/For count (default 0). */
  trustProxy: number;
  /** LOCKOUT_MAX_FAILURES — failed logins within the window that lock an account (default 5). */
  lockoutMaxFailures: number;
  /** LOCKOUT_WINDOW_MINUTES — window in which failures are counted (default 15). */
  lockoutWindowMinutes: number;
  /** LOCKOUT_MINUTES — how long a locked account stays locked (default 15). */
  lockoutMinutes: number;
  /** RATE_LIMIT_WINDOW_SECONDS — window of the login and intake rate limits (default 60). */
  rateLimitWindowSeconds: number;
  /** RATE_LIMIT_LOGIN — login attempts per client address per window (default 20). */
  rateLimitLogin: number;
  /** RATE_LIMIT_INTAKE — case submissions per client address per window (default 60). */
  rateLimitIntake: number;
  /** BODY_LIMIT_KB — largest accepted JSON body in KiB (default 256). */
  bodyLimitKb: number;
  /** BCRYPT_COST — bcrypt work factor of new password hashes (default 10). */
  bcryptCost: number;
}

/** Defaults of `SecurityConfig` (also what `createApp` uses for fields a caller leaves out). */
export const defaultSecurity: SecurityConfig = {
  cookieSecure: 'auto',
  trustProxy: 0,
  lockoutMaxFailures: 5,
  lockoutWindowMinutes: 15,
  lockoutMinutes: 15,
  rateLimitWindowSeconds: 60,
  rateLimitLogin: 20,
  rateLimitIntake: 60,
  bodyLimitKb: 256,
  bcryptCost: 10,
};

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

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(
    `invalid ${name}`,
    [{ path: name, reason: `must be one of ${allowed.join(', ')}` }],
    'invalid_config',
  );
}

function attachmentTypeList(value: string | undefined): string[] {
  if (value === undefined || value === '') return [...defaultAttachmentTypeIds];
  const ids = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !defaultAttachmentTypeIds.includes(id));
  if (unknown.length || !ids.length)
    throw new InputError(
      'invalid ATTACHMENT_TYPES',
      [{ path: 'ATTACHMENT_TYPES', reason: `known types: ${defaultAttachmentTypeIds.join(', ')}` }],
      'invalid_config',
    );
  return ids;
}

function securityConfig(env: NodeJS.ProcessEnv): SecurityConfig {
  const d = defaultSecurity;
  return {
    cookieSecure: oneOf('COOKIE_SECURE', env.COOKIE_SECURE, ['auto', 'true', 'false'], d.cookieSecure),
    trustProxy: int('TRUST_PROXY', env.TRUST_PROXY, d.trustProxy, 0, 10),
    lockoutMaxFailures: int('LOCKOUT_MAX_FAILURES', env.LOCKOUT_MAX_FAILURES, d.lockoutMaxFailures, 1, 100),
    lockoutWindowMinutes: int(
      'LOCKOUT_WINDOW_MINUTES',
      env.LOCKOUT_WINDOW_MINUTES,
      d.lockoutWindowMinutes,
      1,
      1440,
    ),
    lockoutMinutes: int('LOCKOUT_MINUTES', env.LOCKOUT_MINUTES, d.lockoutMinutes, 1, 1440),
    rateLimitWindowSeconds: int(
      'RATE_LIMIT_WINDOW_SECONDS',
      env.RATE_LIMIT_WINDOW_SECONDS,
      d.rateLimitWindowSeconds,
      1,
      3600,
    ),
    rateLimitLogin: int('RATE_LIMIT_LOGIN', env.RATE_LIMIT_LOGIN, d.rateLimitLogin, 1, 100_000),
    rateLimitIntake: int('RATE_LIMIT_INTAKE', env.RATE_LIMIT_INTAKE, d.rateLimitIntake, 1, 100_000),
    bodyLimitKb: int('BODY_LIMIT_KB', env.BODY_LIMIT_KB, d.bodyLimitKb, 16, 100 * 1024),
    bcryptCost: int('BCRYPT_COST', env.BCRYPT_COST, d.bcryptCost, 4, 15),
  };
}

function passwordPolicyFrom(env: NodeJS.ProcessEnv): PasswordPolicy {
  const d = defaultPasswordPolicy;
  const floor = passwordPolicyFloor;
  return {
    minLength: int('PASSWORD_MIN_LENGTH', env.PASSWORD_MIN_LENGTH, d.minLength, floor.minLength, 64),
    classes: int('PASSWORD_CLASSES', env.PASSWORD_CLASSES, d.classes, floor.classes, 4),
    history: int('PASSWORD_HISTORY', env.PASSWORD_HISTORY, d.history, floor.history, 24),
    maxAgeDays: int('PASSWORD_MAX_AGE_DAYS', env.PASSWORD_MAX_AGE_DAYS, d.maxAgeDays, 0, 3650),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): ServerConfig {
  return {
    port: int('PORT', env.PORT, 3000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(root, env.DATA_DIR ?? 'data'),
    definitionsDir: resolve(root, env.DEFINITIONS_DIR ?? 'definitions'),
    studioDir: resolve(root, env.STUDIO_DIR ?? 'studio/dist'),
    authSecret: env.AUTH_SECRET ?? randomBytes(32).toString('hex'),
    sessionHours: int('SESSION_HOURS', env.SESSION_HOURS, 12, 1, 24),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 30, 5, 24 * 60),
    demo: env.DEMO === 'true',
    metricsToken: env.METRICS_TOKEN || null,
    pollIntervalMs: int('POLL_INTERVAL_MS', env.POLL_INTERVAL_MS, 1000, 50, 60_000),
    security: securityConfig(env),
    logLevel: oneOf(
      'LOG_LEVEL',
      env.LOG_LEVEL,
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      'info',
    ),
    shutdownGraceMs: int('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 10_000, 0, 600_000),
    attachmentMaxBytes: int('ATTACHMENT_MAX_MB', env.ATTACHMENT_MAX_MB, 10, 1, 1024) * 1024 * 1024,
    attachmentTypes: attachmentTypeList(env.ATTACHMENT_TYPES),
    expressionBudget: {
      timeMs: int('EXPRESSION_BUDGET_MS', env.EXPRESSION_BUDGET_MS, 200, 20, 60_000),
      memoryMb: int('EXPRESSION_MEMORY_MB', env.EXPRESSION_MEMORY_MB, 64, 16, 4096),
      workers: int('EXPRESSION_WORKERS', env.EXPRESSION_WORKERS, 2, 1, 64),
      quarantineMs: int('QUARANTINE_SECONDS', env.QUARANTINE_SECONDS, 300, 0, 86_400) * 1000,
    },
    sso: ssoConfigFrom(env),
    passwordPolicy: passwordPolicyFrom(env),
  };
}
