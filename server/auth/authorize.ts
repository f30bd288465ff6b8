import type { RequestHandler } from 'express';
import { NotAllowedError } from '../../runtime/common/errors.js';
import { actorOf } from './authenticate.js';
import { may, type Action } from './permissions.js';

/**
 * The role check of one route, before anything is read: the answer depends only on the actor's
 * roles, never on the ids in the request, so it cannot reveal whether another tenant's record exists.
 * Every route declares its action on its spec (the type requires it).
 */
export function authorize(action: Action): RequestHandler {
  return (req, _res, next) => {
    if (!may(actorOf(req), action))
      throw new NotAllowedError(`your roles do not allow ${action}`, [
        { path: '/roles', reason: `requires a role granted ${action}` },
      ]);
    next();
  };
}
