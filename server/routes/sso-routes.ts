/**
 * 统一身份认证 routes: the login page asks whether SSO is on, starts a sign-in (the browser then goes
 * to the provider), and the provider sends the browser back to the callback, which opens a session
 * and redirects to the studio — or to the studio with `?sso_error=<reason>`, which it words in
 * Chinese. Nothing is written for a refused sign-in but its audit entry.
 */
import type { Request, Response } from 'express';
import { NotFoundError } from '../../runtime/common/errors.js';
import { openSession } from '../auth/open-session.js';
import { ssoAccount, SsoRefusedError } from '../auth/sso-accounts.js';
import { flowLifetimeMs, SsoFlowError } from '../auth/sso-flow.js';
import { noteAudit } from '../http/audit-trail.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';
import { ssoInfoSchema, ssoStartSchema } from '../../runtime/contract/auth.js';

/** The cookie carrying a started flow's state, nonce and PKCE verifier (signed; callback only). */
export const ssoFlowCookie = 'sso_flow';
const flowCookiePath = '/api/v1/auth/sso';
/** Where the browser lands after the callback (the studio). */
const studioHome = '/';

export function ssoRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { clock, store } = deps.platform;
  const sso = deps.sso;
  const secure = (req: Request) =>
    deps.session.cookieSecure === 'true' || (deps.session.cookieSecure === 'auto' && req.secure);

  api.get(
    '/auth/sso',
    {
      summary: 'Whether sign-in through the unified identity provider (OpenID Connect) is offered',
      tag: 'auth',
      permission: 'public',
      response: ssoInfoSchema,
    },
    (_req, res) => {
      res.json({ enabled: sso !== null, label: sso?.settings.label ?? null });
    },
  );

  api.post(
    '/auth/sso/start',
    {
      summary: 'Start a sign-in at the identity provider: returns the URL to send the browser to',
      tag: 'auth',
      permission: 'public',
      response: ssoStartSchema,
    },
    async (req, res) => {
      if (!sso) throw new NotFoundError('single sign-on is not configured', [], 'sso_disabled');
      const { authorizationUrl, cookie } = await sso.begin(clock.now());
      res.cookie(ssoFlowCookie, cookie, {
        path: flowCookiePath,
        httpOnly: true,
        // the provider sends the browser back with a top-level GET, which carries Lax cookies
        sameSite: 'lax',
        secure: secure(req),
        maxAge: flowLifetimeMs,
      });
      res.json({ authorizationUrl });
    },
  );

  api.get(
    '/auth/sso/callback',
    {
      summary:
        'The identity provider sends the browser back here: opens a session and redirects to the studio (or to ?sso_error=<reason>)',
      tag: 'auth',
      permission: 'public',
      status: 303,
      response: { type: 'string', description: 'Location: the studio' },
    },
    async (req: Request, res: Response) => {
      res.clearCookie(ssoFlowCookie, {
        path: flowCookiePath,
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(req),
      });
      const fail = (reason: string, detail: string) => {
        noteAudit(req, {
          action: 'auth.sso.failed',
          actorId: null,
          jurisdiction: null,
          after: { reason, detail },
        });
        res.redirect(303, `${studioHome}?sso_error=${reason}`);
      };
      if (!sso) return fail('disabled', 'single sign-on is not configured');
      const callbackUrl = new URL(req.originalUrl, 'http://callback.invalid');
      const cookies = req.cookies as Record<string, string | undefined>;
      let claims: Record<string, unknown>;
      try {
        claims = await sso.finish(callbackUrl, cookies[ssoFlowCookie], clock.now());
      } catch (err) {
        if (err instanceof SsoFlowError) return fail(err.failure, err.message);
        throw err;
      }
      try {
        const { user, writes } = await ssoAccount(claims, sso.settings.mapping, store);
        await openSession(deps, req, res, user, writes);
        noteAudit(req, {
          action: 'auth.sso',
          actorId: user.id,
          actorName: user.username,
          jurisdiction: user.jurisdiction,
          target: user.id,
          after: writes.length ? { created: true } : null,
        });
        res.redirect(303, studioHome);
      } catch (err) {
        if (err instanceof SsoRefusedError) return fail(err.refusal, err.message);
        throw err;
      }
    },
  );
}
