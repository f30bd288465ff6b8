import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
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

/** One structured line per request with its id, route, status, duration and actor. */
export function requestLogging(logger: Logger): RequestHandler {
  const asRequest = (req: IncomingMessage) => req as Request;
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage) => requestIdOf(asRequest(req)) ?? 'unknown',
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customProps: (req: IncomingMessage) => ({
      route: routeOf(asRequest(req)),
      actor: maybeActorOf(asRequest(req))?.id ?? null,
    }),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
