import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { AttachmentFiles } from '../runtime/attachments/attachment-files.js';
import { AttachmentService } from '../runtime/attachments/attachment-service.js';
import { attachmentTypesNamed, defaultAttachmentTypeIds } from '../runtime/attachments/attachment-types.js';
import type { Platform } from '../runtime/bootstrap/platform.js';
import { NotFoundError } from '../runtime/common/errors.js';
import { authenticate } from './auth/authenticate.js';
import { LoginLockout } from './auth/login-lockout.js';
import { setBcryptCost } from './auth/password-hash.js';
import { SessionLedger } from './auth/session-ledger.js';
import type { SessionServices } from './auth/session-services.js';
import { SessionTokens } from './auth/session-token.js';
import { defaultSecurity, type SecurityConfig } from './config.js';
import { AuditThrottle } from './http/audit-throttle.js';
import { auditTrail } from './http/audit-trail.js';
import type { SsoConfig } from './auth/sso-config.js';
import {
  defaultPasswordPolicy,
  passwordChangeRequired,
  type PasswordPolicy,
} from './auth/password-policy.js';
import { SsoFlow } from './auth/sso-flow.js';
import { errorMiddleware } from './http/error-middleware.js';
import { rateLimiter } from './http/rate-limits.js';
import { requestIds } from './http/route-context.js';
import { securityHeaders } from './http/security-headers.js';
import { Readiness, healthz, readyz } from './ops/health.js';
import { createLogger, requestLogging } from './ops/logging.js';
import { Metrics } from './ops/metrics.js';
import { metricsAccess } from './ops/metrics-access.js';
import { ApiRouter } from './openapi/api-router.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { attachmentRoutes } from './routes/attachment-routes.js';
import { auditRoutes } from './routes/audit-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { calendarRoutes } from './routes/calendar-routes.js';
import { caseRoutes } from './routes/case-routes.js';
import { ledgerRoutes } from './routes/ledger-routes.js';
import { definitionRoutes } from './routes/definition-routes.js';
import { directoryRoutes } from './routes/directory-routes.js';
import { eventStreamRoutes } from './routes/event-stream-routes.js';
import { messageRoutes } from './routes/message-routes.js';
import { incidentRoutes } from './routes/incident-routes.js';
import { migrationRoutes } from './routes/migration-routes.js';
import { jurisdictionRoutes } from './routes/jurisdiction-routes.js';
import { reportRoutes } from './routes/report-routes.js';
import type { RouteDeps } from './routes/route-deps.js';
import { serviceRoutes } from './routes/service-routes.js';
import { ssoRoutes } from './routes/sso-routes.js';
import { accountRoutes } from './routes/account-routes.js';
import { JurisdictionAdmin } from '../runtime/definitions/jurisdiction-admin.js';
import { draftChecks } from '../runtime/scenarios/draft-checks.js';
import { AccountService } from '../runtime/directory/account-service.js';
import { ActivationTokens } from './auth/activation-token.js';
import { hashPassword } from './auth/password-hash.js';
import { policyCollectionRoutes } from './routes/policy-collection-routes.js';
import { policyNoticeRoutes } from './routes/policy-notice-routes.js';
import { needsSurveyRoutes } from './routes/needs-survey-routes.js';
import { supervisionRoutes } from './routes/supervision-routes.js';
import { tasksApi } from './routes/tasks/index.js';

export interface AppOptions {
  authSecret: string;
  /** Maximum session lifetime from sign-in (SESSION_HOURS). */
  sessionHours: number;
  /** A session unused this long ends (SESSION_IDLE_MINUTES; default 30). */
  sessionIdleMinutes?: number;
  studioDir: string | null;
  demoUsers: RouteDeps['demoUsers'];
  log?: (err: unknown) => void;
  /** Security settings; missing fields take `defaultSecurity`. */
  security?: Partial<SecurityConfig>;
  /** Request and error logs (default: silent). */
  logger?: Logger;
  /** METRICS_TOKEN: bearer token a scraper presents for /metrics (else only platform admins read it). */
  metricsToken?: string | null;
  /** Node process metrics in /metrics (default true; tests starting many apps turn it off). */
  processMetrics?: boolean;
  /** Case attachments: folder (`<dataDir>/attachments`), size limit (default 10 MiB), type ids (default all). */
  attachments?: { dir: string; maxBytes?: number; types?: readonly string[] };
  /** Live event stream: heartbeat comment interval (default 15000 ms). */
  eventStream?: { heartbeatMs: number };
  /**
   * The definition folders (`DEFINITIONS_DIR`): a draft published through the API is dry-run on
   * its folder's scenario inputs and rehearsed on its scenarios (absent: neither).
   */
  definitionsDir?: string;
  /** 口令策略 of new passwords; missing fields take `defaultPasswordPolicy`. */
  passwordPolicy?: Partial<PasswordPolicy>;
  /** 统一身份认证: OpenID Connect sign-in beside passwords (absent or null: passwords only). */
  sso?: SsoConfig | null;
}

export interface App {
  express: Express;
  api: ApiRouter;
  metrics: Metrics;
  readiness: Readiness;
  session: SessionServices;
}

/** The HTTP surface: JSON API under /api/v1, its OpenAPI document, and the studio's static files. */
export function createApp(platform: Platform, options: AppOptions): App {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const security = { ...defaultSecurity, ...options.security };
  if (security.trustProxy > 0) app.set('trust proxy', security.trustProxy);
  setBcryptCost(security.bcryptCost);
  const { store, clock } = platform;
  const logger = options.logger ?? createLogger('silent');
  const log = options.log ?? ((err: unknown) => logger.error({ err }, 'request failed'));
  const metrics = new Metrics(options.processMetrics ?? true);
  const readiness = new Readiness();
  const tokens = new SessionTokens(options.authSecret, options.sessionHours * 3_600_000);
  const sessions = new SessionLedger(store, clock, {
    maxLifetimeMs: tokens.lifetimeMs,
    idleMs: (options.sessionIdleMinutes ?? 30) * 60_000,
  });
  const session: SessionServices = {
    lockout: new LoginLockout(
      {
        maxFailures: security.lockoutMaxFailures,
        windowMs: security.lockoutWindowMinutes * 60_000,
        lockMs: security.lockoutMinutes * 60_000,
      },
      clock,
      store.coordination,
    ),
    sessions,
    cookieSecure: security.cookieSecure,
    passwordPolicy: { ...defaultPasswordPolicy, ...options.passwordPolicy },
    onLoginFailure: (reason) => metrics.loginFailures.inc({ reason }),
  };
  const attachments = options.attachments
    ? new AttachmentService({
        store,
        clock,
        files: new AttachmentFiles(options.attachments.dir),
        policy: {
          maxBytes: options.attachments.maxBytes ?? 10 * 1024 * 1024,
          types: attachmentTypesNamed(options.attachments.types ?? defaultAttachmentTypeIds),
        },
      })
    : null;
  const deps: RouteDeps = {
    platform,
    tokens,
    session,
    demoUsers: options.demoUsers,
    sso: options.sso ? new SsoFlow(options.sso, options.authSecret) : null,
    accounts: new AccountService({ store, clock, hash: hashPassword }),
    jurisdictions: new JurisdictionAdmin({
      store,
      clock,
      publisher: platform.publisher,
      gate: (folder, rehearse) => draftChecks(folder, rehearse ? {} : false),
      ...(options.definitionsDir ? { definitionsDir: options.definitionsDir } : {}),
    }),
    activation: new ActivationTokens(options.authSecret),
    attachments,
    ...(options.eventStream ? { eventStream: options.eventStream } : {}),
    ...(options.definitionsDir ? { definitionsDir: options.definitionsDir } : {}),
  };
  const passwordPolicy = session.passwordPolicy;
  const authenticated = authenticate({
    store,
    tokens,
    clock,
    sessions,
    passwordChangeRequired: (user) => passwordChangeRequired(user, clock.now(), passwordPolicy),
  });
  const api = new ApiRouter('/api/v1', authenticated, store);
  for (const register of [
    authRoutes,
    ssoRoutes,
    accountRoutes,
    auditRoutes,
    jurisdictionRoutes,
    definitionRoutes,
    migrationRoutes,
    caseRoutes,
    ledgerRoutes,
    attachmentRoutes,
    tasksApi,
    supervisionRoutes,
    serviceRoutes,
    policyNoticeRoutes,
    policyCollectionRoutes,
    needsSurveyRoutes,
    reportRoutes,
    directoryRoutes,
    calendarRoutes,
    eventStreamRoutes,
    messageRoutes,
    incidentRoutes,
  ])
    register(api, deps);

  const limit = (name: string, perWindow: number) =>
    rateLimiter({
      clock,
      name,
      limit: perWindow,
      windowSeconds: security.rateLimitWindowSeconds,
      // replicas on a shared store count together
      ...(store.coordination.shared ? { shared: store.coordination } : {}),
      onLimited: (limited) => metrics.rateLimited.inc({ limit: limited }),
    });
  app.use(requestIds(), requestLogging(logger), metrics.middleware(), securityHeaders());
  app.get('/healthz', healthz());
  const calendarStatus = () => platform.calendar.status();
  metrics.watchCalendar(calendarStatus);
  app.get('/readyz', readyz(store, readiness, calendarStatus));
  app.get('/metrics', metricsAccess(options.metricsToken ?? null, authenticated), metrics.handler());
  const signIns = limit('login', security.rateLimitLogin);
  app.post('/api/v1/auth/login', signIns);
  app.get('/api/v1/auth/sso/callback', signIns);
  app.post('/api/v1/jurisdictions/:j/cases', limit('intake', security.rateLimitIntake));
  app.use('/api', cookieParser(), express.json({ limit: `${security.bodyLimitKb}kb`, strict: true }));
  app.get('/api/openapi.json', (_req, res) => void res.json(openApiDocument(api.routes)));
  const audit = auditTrail({
    store,
    clock,
    log,
    throttle: new AuditThrottle(clock),
    onSuppressed: () => metrics.auditSuppressed.inc(),
  });
  app.use('/api/v1', audit, api.router);
  app.use('/api', () => {
    throw new NotFoundError('no such API route');
  });
  if (options.studioDir && existsSync(join(options.studioDir, 'index.html'))) {
    const studioDir = options.studioDir;
    app.use(express.static(studioDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(studioDir, 'index.html')));
  }
  app.use(errorMiddleware(log));
  return { express: app, api, metrics, readiness, session };
}
