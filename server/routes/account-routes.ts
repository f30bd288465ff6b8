/**
 * 账号管理 and 账号激活: a tenant's admins list accounts, create enterprise accounts, disable and
 * enable, give an initial password (shown once) or one-time activation links (in bulk, e.g. after a
 * staff sheet import); a person opens the link and sets a first password under the 口令策略.
 */
import type { Request } from 'express';
import { InputError } from '../../runtime/common/errors.js';
import {
  accountListSchema,
  accountSchema,
  activateRequestSchema,
  activationInfoSchema,
  activationLinksRequestSchema,
  activationLinksSchema,
  initialPasswordSchema,
  newEnterpriseAccountSchema,
} from '../../runtime/contract/accounts.js';
import { actorOf, toActor } from '../auth/authenticate.js';
import { openSession } from '../auth/open-session.js';
import { hashPassword } from '../auth/password-hash.js';
import { assertAcceptablePassword, withPasswordSet } from '../auth/password-policy.js';
import { noteAudit } from '../http/audit-trail.js';
import type { ApiRouter } from '../openapi/api-router.js';
import { loginSchema } from '../../runtime/contract/auth.js';
import type { RouteDeps } from './route-deps.js';
import { jurisdictionOf } from './route-params.js';

const manage = { permission: 'account.manage', tenant: { param: 'j' }, tag: 'accounts' } as const;
const idOf = (req: Request) => String(req.params.id);

export function accountRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { accounts, activation } = deps;
  const { store, clock } = deps.platform;

  api.get(
    '/jurisdictions/:j/accounts',
    {
      ...manage,
      summary: "The jurisdiction's accounts (staff and enterprises) with their state",
      response: accountListSchema,
    },
    async (req, res) => {
      res.json(await accounts.list(jurisdictionOf(req)));
    },
  );

  api.post(
    '/jurisdictions/:j/accounts',
    {
      ...manage,
      summary: 'Create an enterprise account (waits for activation)',
      body: newEnterpriseAccountSchema,
      status: 201,
      response: accountSchema,
    },
    async (req, res) => {
      const created = await accounts.createEnterpriseAccount(
        jurisdictionOf(req),
        req.body as { enterpriseId: string; username: string; displayName: string },
      );
      noteAudit(req, { target: created.id, after: { username: created.username } });
      res.status(201).json(created);
    },
  );

  for (const [verb, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    api.post(
      `/jurisdictions/:j/accounts/:id/${verb}`,
      {
        ...manage,
        summary: disabled
          ? '停用: the account can no longer sign in and its sessions end (nothing is deleted)'
          : '启用: the account may sign in again',
        response: accountSchema,
      },
      async (req, res) => {
        noteAudit(req, { target: idOf(req) });
        res.json(await accounts.setDisabled(jurisdictionOf(req), idOf(req), disabled, actorOf(req).id));
      },
    );

  api.post(
    '/jurisdictions/:j/accounts/:id/initial-password',
    {
      ...manage,
      summary: 'Give the account an initial password (returned once); its next sign-in must replace it',
      response: initialPasswordSchema,
    },
    async (req, res) => {
      noteAudit(req, { target: idOf(req) });
      res.json(await accounts.resetPassword(jurisdictionOf(req), idOf(req)));
    },
  );

  api.post(
    '/jurisdictions/:j/accounts/activation-links',
    {
      ...manage,
      summary:
        'One-time activation links (7 days) for the given accounts, or every account without a password',
      body: activationLinksRequestSchema,
      response: activationLinksSchema,
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      const ids = (req.body as { ids?: string[] }).ids;
      const all = await store.directory.users(j);
      const chosen = ids ? all.filter((u) => ids.includes(u.id)) : all.filter((u) => u.passwordHash === null);
      if (ids && chosen.length !== new Set(ids).size)
        throw new InputError('unknown account', [
          { path: '/ids', reason: 'every id must be an account here' },
        ]);
      const now = clock.now();
      const links = chosen
        .filter((u) => u.disabledAt === null)
        .map((u) => {
          const { token, expiresAt } = activation.issue(u.id, u.passwordHash, now);
          const path = `/#/activate/${token}`;
          return { id: u.id, username: u.username, displayName: u.displayName, path, expiresAt };
        });
      noteAudit(req, { after: { links: links.length } });
      res.json({ links });
    },
  );

  /** The account a link is for, or why it is not usable (`activation_invalid`, `activation_expired`). */
  const accountOfLink = async (token: string) => {
    const claims = activation.peek(token);
    const user = claims ? await store.directory.user(claims.uid) : null;
    if (!claims || !user || user.disabledAt !== null || !activation.signedFor(token, user.passwordHash))
      throw new InputError(
        'this activation link is not valid (already used, replaced or mistyped)',
        [{ path: '/token', reason: 'invalid or used' }],
        'activation_invalid',
      );
    if (claims.exp <= clock.now().getTime())
      throw new InputError(
        'this activation link has expired',
        [{ path: '/token', reason: `expired ${new Date(claims.exp).toISOString()}` }],
        'activation_expired',
      );
    return { user, expiresAt: new Date(claims.exp).toISOString() };
  };

  api.get(
    '/auth/activation',
    {
      summary: 'Who an activation link is for (the activation page asks before the password is set)',
      tag: 'auth',
      permission: 'public',
      query: {
        type: 'object',
        required: ['token'],
        properties: { token: { type: 'string', minLength: 1, maxLength: 1000 } },
      },
      response: activationInfoSchema,
    },
    async (req, res) => {
      const { user, expiresAt } = await accountOfLink(String(req.query.token));
      res.json({ username: user.username, displayName: user.displayName, expiresAt });
    },
  );

  api.post(
    '/auth/activate',
    {
      summary: 'Set the first password with an activation link, and sign in',
      tag: 'auth',
      permission: 'public',
      body: activateRequestSchema,
      response: loginSchema,
    },
    async (req, res) => {
      const body = req.body as { token: string; newPassword: string };
      const { user } = await accountOfLink(body.token);
      noteAudit(req, {
        action: 'auth.activate',
        actorId: user.id,
        actorName: user.username,
        jurisdiction: user.jurisdiction,
        target: user.id,
      });
      assertAcceptablePassword(body.newPassword, '', deps.session.passwordPolicy);
      const changed = withPasswordSet(user, await hashPassword(body.newPassword), clock.now());
      const opened = await openSession(deps, req, res, changed, [{ kind: 'user.upsert', record: changed }]);
      res.json({
        ...opened,
        user: { ...toActor(changed), username: changed.username },
        passwordChangeRequired: false,
      });
    },
  );
}
