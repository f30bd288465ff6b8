import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

/** What the router knows of a request, shared by logs, metrics and the audit trail. */
interface RouteContext {
  /** `METHOD /pattern` of the matched API route. */
  route?: string;
  requestId: string;
}

const contexts = new WeakMap<Request, RouteContext>();
const acceptableId = /^[A-Za-z0-9._:-]{1,64}$/;

/** Gives every request an id (a well-formed incoming `X-Request-Id` is kept) and echoes it. */
export function requestIds(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && acceptableId.test(incoming) ? incoming : randomUUID();
    contexts.set(req, { requestId });
    res.setHeader('x-request-id', requestId);
    next();
  };
}

export function requestIdOf(req: Request): string | null {
  return contexts.get(req)?.requestId ?? null;
}

/** Marks the matched route (called by `ApiRouter` before anything else of the route runs). */
export function markRoute(route: string): RequestHandler {
  return (req, _res, next) => {
    const context = contexts.get(req);
    if (context) context.route = route;
    else contexts.set(req, { route, requestId: randomUUID() });
    next();
  };
}

export function routeOf(req: Request): string | null {
  return contexts.get(req)?.route ?? null;
}
