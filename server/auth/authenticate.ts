import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Actor } from '../../runtime/cases/actor.js';
import type { Clock } from '../../runtime/common/clock.js';
import { AuthenticationError } from '../../runtime/common/errors.js';
import type { UserRecord } from '../../runtime/store/records.js';
import type { Store } from '../../runtime/store/store.js';
import { CsrfError } from '../http/http-errors.js';
import { csrfHeader, sessionCookie } from './session-cookies.js';
import type { SessionLedger } from './session-ledger.js';
import type { SessionClaims, SessionTokens } from './session-token.js';

export function toActor(user: UserRecord): Actor {
  return {
    id: user.id,
    displayName: user.displayName,
    roles: user.roles,
    groups: user.groups,
    jurisdiction: user.jurisdiction,
    enterpriseId: user.enterpriseId,
  };
}

/** How a request proved who it is. */
export interface Session {
  actor: Actor;
  claims: SessionClaims;
  via: 'bearer' | 'cookie';
  /** The account must set a new password before anything but its own session (`session.self`). */
  passwordChangeRequired: boolean;
}

const sessions = new WeakMap<Request, Session>();

/** The authenticated actor of a request (set by `authenticate`). */
export function actorOf(req: Request): Actor {
  return sessionOf(req).actor;
}

export function sessionOf(req: Request): Session {
  const session = sessions.get(req);
  if (!session) throw new AuthenticationError('not signed in');
  return session;
}

/** The actor if the request is authenticated (for logs and the audit trail), else null. */
export function maybeActorOf(req: Request): Actor | null {
  return sessions.get(req)?.actor ?? null;
}

export interface AuthenticateDeps {
  store: Pick<Store, 'directory'>;
  tokens: SessionTokens;
  clock: Clock;
  sessions: SessionLedger;
  /** Whether the account must change its password first (`passwordChangeRequired` of the 口令策略). */
  passwordChangeRequired: (user: UserRecord) => boolean;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function presented(req: Request): { token: string; via: Session['via'] } | null {
  const header = req.headers.authorization;
  if (header !== undefined)
    return header.startsWith('Bearer ') ? { token: header.slice(7), via: 'bearer' } : null;
  const cookies = (req as { cookies?: Record<string, unknown> }).cookies ?? {};
  const cookie = cookies[sessionCookie];
  return typeof cookie === 'string' && cookie ? { token: cookie, via: 'cookie' } : null;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Every request under /api/v1 (but login) is attributed to a user: an `Authorization: Bearer`
 * token (API clients) or the HttpOnly session cookie (the studio). Cookie-authenticated requests
 * with unsafe methods must echo the session's CSRF token in `X-CSRF-Token`.
 */
export function authenticate(deps: AuthenticateDeps): RequestHandler {
  return async (req, _res, next) => {
    const given = presented(req);
    const claims = given ? deps.tokens.peek(given.token, deps.clock.now()) : null;
    const user = claims ? await deps.store.directory.user(claims.sub) : null;
    const signed = given && claims && user && deps.tokens.signedFor(given.token, user.passwordHash);
    // a disabled account's sessions end at once (its token still verifies; the account does not)
    const usable = user && user.disabledAt === null;
    if (!given || !claims || !user || !usable || !signed || !(await deps.sessions.active(claims)))
      throw new AuthenticationError('missing or invalid session', [
        { path: '/headers/authorization', reason: 'Bearer token or session cookie required' },
      ]);
    if (given.via === 'cookie' && !safeMethods.has(req.method)) {
      const echoed = req.header(csrfHeader) ?? '';
      if (!sameSecret(echoed, deps.tokens.csrfToken(claims.sid)))
        throw new CsrfError('CSRF token missing or wrong', [
          { path: `/headers/${csrfHeader}`, reason: 'must echo the csrf cookie' },
        ]);
    }
    const passwordChangeRequired = deps.passwordChangeRequired(user);
    sessions.set(req, { actor: toActor(user), claims, via: given.via, passwordChangeRequired });
    next();
  };
}
