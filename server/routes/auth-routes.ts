import type { Request, Response } from 'express';
import { AuthenticationError } from '../../runtime/common/errors.js';
import type { Mutation } from '../../runtime/store/mutations.js';
import type { UserRecord } from '../../runtime/store/records.js';
import { sessionOf, toActor } from '../auth/authenticate.js';
import { checkPassword, hashPassword } from '../auth/password-hash.js';
import {
  assertAcceptablePassword,
  assertNotRecentlyUsed,
  recentPasswordHashes,
  passwordChangeRequired,
  withPasswordSet,
} from '../auth/password-policy.js';
import { openSession as openSessionFor } from '../auth/open-session.js';
import { clearSessionCookies } from '../auth/session-cookies.js';
import { noteAudit } from '../http/audit-trail.js';
import { AccountDisabledError, AccountLockedError } from '../http/http-errors.js';
import { arrayOf } from '../../runtime/contract/common.js';
import {
  demoUserSchema,
  loginBodySchema,
  loginSchema,
  meSchema,
  sessionSchema,
} from '../../runtime/contract/auth.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';

/** A comparison target for unknown usernames, so their answer takes as long as a wrong password. */
const unknownUserHash = '$2b$10$YBpG/RNr0ovjvNuLOksmLO.1UJkCP.1KLEMMWIH0xgK6Hsm3PYaiS';

export function authRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, clock } = deps.platform;
  const { lockout, sessions, cookieSecure, onLoginFailure } = deps.session;

  const openSession = (req: Request, res: Response, user: UserRecord, writes: Mutation[] = []) =>
    openSessionFor(deps, req, res, user, writes);

  const refuse = (reason: 'credentials' | 'locked', until?: Date | null): never => {
    onLoginFailure(reason);
    if (reason === 'locked')
      throw new AccountLockedError('too many failed logins from this address: locked for a while', [
        { path: '/username', reason: `locked until ${until?.toISOString() ?? 'later'}` },
      ]);
    throw new AuthenticationError('wrong username or password', [
      { path: '/password', reason: 'invalid credentials' },
    ]);
  };

  const session = { tag: 'auth', permission: 'session.self', tenant: 'none' } as const;
  api.post(
    '/auth/login',
    {
      summary: 'Sign in: returns a bearer token and sets the HttpOnly session + CSRF cookies',
      tag: 'auth',
      permission: 'public',
      body: loginBodySchema,
      response: loginSchema,
    },
    async (req, res) => {
      const { username, password } = req.body as { username: string; password: string };
      noteAudit(req, { action: 'auth.login', actorName: username, actorId: null, jurisdiction: null });
      const address = req.ip ?? '';
      const lockedUntil = await lockout.lockedUntil(username, address);
      if (lockedUntil) refuse('locked', lockedUntil);
      const user = await store.directory.userByUsername(username);
      const check = await checkPassword(password, user ? user.passwordHash : unknownUserHash);
      if (!user || !check.ok) {
        if (user) noteAudit(req, { actorId: user.id, jurisdiction: user.jurisdiction, target: user.id });
        const locked = await lockout.failed(username, address);
        return refuse(locked ? 'locked' : 'credentials', locked);
      }
      await lockout.succeeded(username, address);
      noteAudit(req, { actorId: user.id, jurisdiction: user.jurisdiction, target: user.id });
      if (user.disabledAt !== null)
        throw new AccountDisabledError('this account is disabled', [
          { path: '/username', reason: `disabled at ${user.disabledAt}` },
        ]);
      const current = check.rehash ? { ...user, passwordHash: await hashPassword(password) } : user;
      const rehash: Mutation[] = check.rehash ? [{ kind: 'user.upsert', record: current }] : [];
      const mustChange = passwordChangeRequired(current, clock.now(), deps.session.passwordPolicy);
      res.json({
        ...(await openSession(req, res, current, rehash)),
        user: { ...toActor(current), username: current.username },
        passwordChangeRequired: mustChange,
      });
    },
  );

  api.post(
    '/auth/logout',
    {
      summary: 'End this session (revokes its token and clears the cookies)',
      ...session,
      response: { type: 'object', required: ['signedOut'], properties: { signedOut: { type: 'boolean' } } },
    },
    async (req, res) => {
      const { claims } = sessionOf(req);
      await store.transact([sessions.revoking(claims.sid)]);
      noteAudit(req, { action: 'auth.logout', target: claims.sub });
      clearSessionCookies(req, res, cookieSecure);
      res.json({ signedOut: true });
    },
  );

  api.post(
    '/auth/password',
    {
      summary: 'Change the password; ends every other session and returns a fresh one',
      ...session,
      body: {
        type: 'object',
        required: ['currentPassword', 'newPassword'],
        additionalProperties: false,
        properties: {
          currentPassword: { type: 'string', minLength: 1, maxLength: 200 },
          newPassword: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
      response: sessionSchema,
    },
    async (req, res) => {
      const { claims } = sessionOf(req);
      const body = req.body as { currentPassword: string; newPassword: string };
      const user = await store.directory.user(claims.sub);
      if (!user) throw new AuthenticationError('user no longer exists');
      noteAudit(req, { action: 'auth.password', target: user.id });
      const address = req.ip ?? '';
      const lockedUntil = await lockout.lockedUntil(user.username, address);
      if (lockedUntil) refuse('locked', lockedUntil);
      if (!(await checkPassword(body.currentPassword, user.passwordHash)).ok) {
        await lockout.failed(user.username, address);
        onLoginFailure('credentials');
        throw new AuthenticationError('the current password is wrong', [
          { path: '/currentPassword', reason: 'invalid credentials' },
        ]);
      }
      const policy = deps.session.passwordPolicy;
      assertAcceptablePassword(body.newPassword, body.currentPassword, policy);
      const history = (await store.credentials.passwordHistory(user.id))?.hashes ?? [];
      const recent = recentPasswordHashes(user.passwordHash, history, policy.history);
      await assertNotRecentlyUsed(body.newPassword, recent, policy);
      const changed = withPasswordSet(user, await hashPassword(body.newPassword), clock.now());
      const hashes = recentPasswordHashes(changed.passwordHash, recent, policy.history);
      res.json(
        await openSession(req, res, changed, [
          { kind: 'user.upsert', record: changed },
          { kind: 'passwordHistory.set', record: { userId: user.id, hashes } },
          sessions.revoking(claims.sid),
        ]),
      );
    },
  );

  api.get('/me', { summary: 'The signed-in user', ...session, response: meSchema }, async (req, res) => {
    const { actor, passwordChangeRequired } = sessionOf(req);
    const user = await store.directory.user(actor.id);
    const own = actor.enterpriseId ? await store.directory.enterprise(actor.enterpriseId) : null;
    const enterprise = own ? { name: own.name, creditCode: own.creditCode } : null;
    res.json({ ...actor, username: user?.username ?? actor.id, passwordChangeRequired, enterprise });
  });

  api.get(
    '/auth/demo-users',
    {
      summary: 'Demo accounts (demo mode only)',
      tag: 'auth',
      permission: 'public',
      response: arrayOf(demoUserSchema),
    },
    (_req, res) => {
      res.json(deps.demoUsers);
    },
  );
}
