import type { Request, RequestHandler, Response } from 'express';
import type { Clock } from '../../runtime/common/clock.js';
import { newId } from '../../runtime/common/ids.js';
import type { JsonValue } from '../../runtime/common/json.js';
import type { AuditRecord } from '../../runtime/store/audit.js';
import type { Mutation } from '../../runtime/store/mutations.js';
import type { Store } from '../../runtime/store/store.js';
import { maybeActorOf } from '../auth/authenticate.js';
import type { AuditThrottle } from './audit-throttle.js';
import { requestIdOf, routeOf } from './route-context.js';

/** What a handler (or the router) adds to a request's audit entry. */
export type AuditNote = Partial<
  Pick<AuditRecord, 'jurisdiction' | 'actorId' | 'actorName' | 'target' | 'action' | 'before' | 'after'>
> & {
  /** Computes `after` once the request has been handled (admin edits). */
  afterSnapshot?: () => Promise<JsonValue>;
};

const notes = new WeakMap<Request, AuditNote>();
/** Requests whose entry was committed with their own change, by the status that entry records. */
const committedAlong = new WeakMap<Request, number>();

export function noteAudit(req: Request, note: AuditNote): void {
  notes.set(req, { ...notes.get(req), ...note });
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AuditTrailDeps {
  store: Store;
  clock: Clock;
  log: (err: unknown) => void;
  /** Bounds failed-login entries per client address and per username. */
  throttle: AuditThrottle;
  /** Called for each entry left out by the throttle. */
  onSuppressed?: () => void;
}

const loginRoute = 'POST /auth/login';
/** 单点登录: a browser comes back from the OpenID provider with a GET; it is a sign-in all the same. */
const ssoCallbackRoute = 'GET /auth/sso/callback';
/** 账号激活 sets a first password and signs in: a sign-in too. */
const activateRoute = 'POST /auth/activate';

/**
 * Whether a request gets an entry: every state-changing request (POST/PUT/PATCH/DELETE) of a
 * signed-in user, whatever its outcome; of anonymous requests only sign-ins — successful ones
 * always, failed ones within the throttle. Other anonymous requests (401 before anything ran)
 * change nothing and are never written, so nobody can grow the log without an account.
 */
function audited(req: Request, res: Response, deps: AuditTrailDeps): boolean {
  if (maybeActorOf(req) && unsafe.has(req.method)) return true;
  const route = routeOf(req);
  if (route !== loginRoute && route !== ssoCallbackRoute && route !== activateRoute) return false;
  // the SSO callback always answers with a redirect; its note says whether the sign-in happened
  const failed = route === ssoCallbackRoute ? notes.get(req)?.action !== 'auth.sso' : res.statusCode >= 400;
  if (!failed) return true;
  const username = String(notes.get(req)?.actorName ?? '')
    .trim()
    .toLowerCase();
  if (deps.throttle.admit([`ip:${req.ip ?? ''}`, ...(username ? [`user:${username}`] : [])])) return true;
  deps.onSuppressed?.();
  return false;
}

/**
 * Appends one audit entry for the state-changing requests `audited` admits. The entry is written
 * before the response is released, so a client that saw the answer finds its entry.
 */
export function auditTrail(deps: AuditTrailDeps): RequestHandler {
  return (req, res, next) => {
    if (!unsafe.has(req.method) && !req.path.endsWith('/auth/sso/callback')) return next();
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    let ending = false;
    res.end = ((...args: unknown[]) => {
      if (ending) return end(...args);
      ending = true;
      if (!audited(req, res, deps) || committedAlong.get(req) === res.statusCode) return end(...args);
      void entry(req, res, deps.clock)
        .then((record) => deps.store.transact([{ kind: 'audit.append', record }]))
        .catch(deps.log)
        .finally(() => end(...args));
      return res;
    }) as Response['end'];
    next();
  };
}

/** The request's audit entry riding on its own change's commit (see `auditAlong`). */
export interface AuditAlong {
  /** The entry's write, made when the change is about to commit: commit it with the change. */
  mutation(): Mutation;
  /**
   * The change committed: the entry is not written again when the response has the status it
   * records. Does nothing if `mutation` was never taken (e.g. an idempotent retry made no change).
   */
  committed(): void;
}

/**
 * A successful request's audit entry as a write for the commit of the change it makes (a new case),
 * recording `status` — the answer once that commit succeeds. The entry then costs no commit of its
 * own and cannot be lost between the two. If the change does not commit, or the response ends with
 * another status, the trail writes the entry of the actual outcome as for any request. The entry
 * records what the request noted (`noteAudit`) by the time `mutation()` is called: a route that notes
 * its target or after-snapshot only once the change has committed must not use it.
 */
export function auditAlong(req: Request, status: number, clock: Clock): AuditAlong {
  let taken = false;
  return {
    mutation: () => {
      taken = true;
      return { kind: 'audit.append', record: recordOf(req, status, notes.get(req)?.after ?? null, clock) };
    },
    committed: () => {
      if (taken) committedAlong.set(req, status);
    },
  };
}

async function entry(req: Request, res: Response, clock: Clock): Promise<AuditRecord> {
  const note = notes.get(req) ?? {};
  const ok = res.statusCode < 400;
  const after = note.afterSnapshot && ok ? await note.afterSnapshot() : (note.after ?? null);
  return recordOf(req, res.statusCode, after, clock);
}

function recordOf(req: Request, status: number, after: JsonValue, clock: Clock): AuditRecord {
  const note = notes.get(req) ?? {};
  const actor = maybeActorOf(req);
  const path = req.originalUrl.split('?')[0] ?? '';
  const ok = status < 400;
  return {
    id: newId('aud'),
    at: clock.now().toISOString(),
    jurisdiction: note.jurisdiction !== undefined ? note.jurisdiction : (actor?.jurisdiction ?? null),
    actorId: note.actorId !== undefined ? note.actorId : (actor?.id ?? null),
    actorName: note.actorName !== undefined ? note.actorName : (actor?.displayName ?? null),
    action: note.action ?? routeOf(req) ?? `${req.method} (no route)`,
    method: req.method,
    // a refused request records the route, not the ids it named (they may be another tenant's)
    path: ok ? path.slice(0, 500) : (routeOf(req)?.split(' ')[1] ?? '(no route)'),
    target: ok ? (note.target ?? null) : null,
    status,
    requestId: requestIdOf(req),
    before: note.before ?? null,
    after,
  };
}
