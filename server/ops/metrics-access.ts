import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { NotAllowedError } from '../../runtime/common/errors.js';
import { actorOf } from '../auth/authenticate.js';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Who may read /metrics: a scraper presenting `Authorization: Bearer <METRICS_TOKEN>` (when the
 * token is configured), or a signed-in platform admin. Anyone else: 401 (no or a bad token) or 403.
 */
export function metricsAccess(metricsToken: string | null, authenticate: RequestHandler): RequestHandler {
  const admin: RequestHandler = (req, _res, next) => {
    if (!actorOf(req).roles.includes('platform-admin'))
      throw new NotAllowedError('metrics are for the platform admin or the metrics scraper', [
        { path: '/headers/authorization', reason: 'METRICS_TOKEN or a platform admin session' },
      ]);
    next();
  };
  return (req, res, next) => {
    const header = req.headers.authorization ?? '';
    if (metricsToken && header.startsWith('Bearer ') && sameToken(header.slice(7), metricsToken))
      return next();
    return authenticate(req, res, (error?: unknown) => (error ? next(error) : admin(req, res, next)));
  };
}
