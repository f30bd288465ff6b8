import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Platform } from '../runtime/bootstrap/platform.js';
import { NotFoundError } from '../runtime/common/errors.js';
import { authenticate } from './auth/authenticate.js';
import { SessionTokens } from './auth/session-token.js';
import { errorMiddleware } from './http/error-middleware.js';
import { ApiRouter } from './openapi/api-router.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { authRoutes } from './routes/auth-routes.js';
import { caseRoutes } from './routes/case-routes.js';
import { definitionRoutes } from './routes/definition-routes.js';
import { jurisdictionRoutes } from './routes/jurisdiction-routes.js';
import { reportRoutes } from './routes/report-routes.js';
import type { RouteDeps } from './routes/route-deps.js';
import { serviceRoutes } from './routes/service-routes.js';
import { supervisionRoutes } from './routes/supervision-routes.js';
import { taskRoutes } from './routes/task-routes.js';

export interface AppOptions {
  authSecret: string;
  sessionHours: number;
  studioDir: string | null;
  demoUsers: RouteDeps['demoUsers'];
  log?: (err: unknown) => void;
}

export interface App {
  express: Express;
  api: ApiRouter;
}

/** The HTTP surface: JSON API under /api/v1, its OpenAPI document, and the studio's static files. */
export function createApp(platform: Platform, options: AppOptions): App {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const tokens = new SessionTokens(options.authSecret, options.sessionHours * 3_600_000);
  const deps: RouteDeps = { platform, tokens, demoUsers: options.demoUsers };
  const api = new ApiRouter('/api/v1', authenticate(platform.store, tokens, platform.clock));
  for (const register of [
    authRoutes,
    jurisdictionRoutes,
    definitionRoutes,
    caseRoutes,
    taskRoutes,
    supervisionRoutes,
    serviceRoutes,
    reportRoutes,
  ])
    register(api, deps);

  app.use('/api', express.json({ limit: '256kb', strict: true }));
  app.get('/api/openapi.json', (_req, res) => void res.json(openApiDocument(api.routes)));
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.use('/api/v1', api.router);
  app.use('/api', () => {
    throw new NotFoundError('no such API route');
  });
  if (options.studioDir && existsSync(join(options.studioDir, 'index.html'))) {
    const studioDir = options.studioDir;
    app.use(express.static(studioDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(studioDir, 'index.html')));
  }
  app.use(errorMiddleware(options.log ?? ((err) => console.error(err))));
  return { express: app, api };
}
