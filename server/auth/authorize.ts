import type { RequestHandler } from 'express';
import { NotAllowedError } from '../../runtime/common/errors.js';
import { PasswordChangeRequiredError } from '../http/http-errors.js';
import { actorOf, sessionOf } from './authenticate.js';
import { may, type Action } from './permissions.js';

/**
 * The role check of one route, before anything is read: the answer depends only on the actor's
 * roles, never on the ids in the request, so it cannot reveal whether another tenant's record exists.
 * Every route declares its action on its spec (the type requires it).
 */
export function authorize(action: Action): RequestHandler {
  return (req, _res, next) => {
    // an initial or expired password: only the account's own session routes until it is changed
    if (action !== 'session.self' && sessionOf(req).passwordChangeRequired)
      throw new PasswordChangeRequiredError('set a new password first', [
        { path: '/newPassword', reason: 'the password must be changed before anything else' },
      ]);
    if (!may(actorOf(req), action))
      throw new NotAllowedError(`your roles do not allow ${action}`, [
        { path: '/roles', reason: `requires a role granted ${action}` },
      ]);
    next();
  };
}
