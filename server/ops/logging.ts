import type { RequestHandler } from 'express';
import { pino, type Level, type Logger } from 'pino';
import { maybeActorOf } from '../auth/authenticate.js';
import { requestIdOf, routeOf } from '../http/route-context.js';

/** Credentials never reach a log line. */
const redact = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** The process logger: JSON lines on stdout; `silent` in tests. */
export function createLogger(level: string): Logger {
  return pino({ level, redact, base: { service: 'qiye-fuwu-platform' } });
}

/**
 * One structured line per request with its id, route, status, duration and actor, written when the
 * response is done (or the client went away). Nothing is built for a level the logger leaves out,
 * and the line carries no headers, so no credential can reach it.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const finished = res.writableFinished;
      const level: Level =
        !finished || res.statusCode >= 400 ? (res.statusCode >= 500 ? 'error' : 'warn') : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id: requestIdOf(req) ?? 'unknown', method: req.method, url: req.originalUrl.split('?')[0] },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
          route: routeOf(req),
          actor: maybeActorOf(req)?.id ?? null,
        },
        finished ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}
