import type { CookieOptions, Request, Response } from 'express';
import type { SecurityConfig } from '../config.js';

/** HttpOnly cookie carrying the session token (browsers). */
export const sessionCookie = 'session';
/** Readable cookie carrying the CSRF token the studio echoes in `X-CSRF-Token`. */
export const csrfCookie = 'csrf';
export const csrfHeader = 'x-csrf-token';

function base(req: Request, secure: SecurityConfig['cookieSecure']): CookieOptions {
  return {
    path: '/',
    sameSite: 'lax',
    secure: secure === 'true' || (secure === 'auto' && req.secure),
  };
}

export function setSessionCookies(
  req: Request,
  res: Response,
  session: { token: string; csrf: string; maxAgeMs: number },
  secure: SecurityConfig['cookieSecure'],
): void {
  const options = { ...base(req, secure), maxAge: session.maxAgeMs };
  res.cookie(sessionCookie, session.token, { ...options, httpOnly: true });
  res.cookie(csrfCookie, session.csrf, { ...options, httpOnly: false });
}

export function clearSessionCookies(
  req: Request,
  res: Response,
  secure: SecurityConfig['cookieSecure'],
): void {
  res.clearCookie(sessionCookie, { ...base(req, secure), httpOnly: true });
  res.clearCookie(csrfCookie, base(req, secure));
}
