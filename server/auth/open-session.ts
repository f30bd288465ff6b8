import type { Request, Response } from 'express';
import type { Mutation } from '../../runtime/store/mutations.js';
import type { UserRecord } from '../../runtime/store/records.js';
import type { RouteDeps } from '../routes/route-deps.js';
import { setSessionCookies } from './session-cookies.js';

/** What a sign-in answers: the bearer token for API clients, the CSRF token, and the expiry. */
export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

/**
 * Opens a session for `user` (password sign-in, password change, single sign-on), recorded in the
 * store together with `writes` in one transaction: the bearer token in the answer, the HttpOnly
 * session cookie and the readable CSRF cookie for browsers.
 */
export async function openSession(
  deps: Pick<RouteDeps, 'platform' | 'tokens' | 'session'>,
  req: Request,
  res: Response,
  user: UserRecord,
  writes: Mutation[] = [],
): Promise<OpenedSession> {
  const { store, clock } = deps.platform;
  const { token, claims } = deps.tokens.issue(user.id, user.passwordHash, clock.now());
  await store.transact([...writes, deps.session.sessions.opening(claims)]);
  const csrfToken = deps.tokens.csrfToken(claims.sid);
  const maxAgeMs = deps.tokens.lifetimeMs;
  setSessionCookies(req, res, { token, csrf: csrfToken, maxAgeMs }, deps.session.cookieSecure);
  return { token, csrfToken, expiresAt: new Date(claims.exp).toISOString() };
}
