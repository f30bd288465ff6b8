import type { Request, RequestHandler } from 'express';
import type { Actor } from '../../runtime/cases/actor.js';
import type { Clock } from '../../runtime/common/clock.js';
import { AuthenticationError } from '../../runtime/common/errors.js';
import type { UserRecord } from '../../runtime/store/records.js';
import type { Store } from '../../runtime/store/store.js';
import type { SessionTokens } from './session-token.js';

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

const actors = new WeakMap<Request, Actor>();

/** The authenticated actor of a request (set by `authenticate`). */
export function actorOf(req: Request): Actor {
  const actor = actors.get(req);
  if (!actor) throw new AuthenticationError('not signed in');
  return actor;
}

/** Every request under /api/v1 (but login) is attributed to a user via its bearer token. */
export function authenticate(store: Store, tokens: SessionTokens, clock: Clock): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    const claims = token ? tokens.verify(token, clock.now()) : null;
    if (!claims)
      throw new AuthenticationError('missing or invalid session token', [
        { path: '/headers/authorization', reason: 'Bearer token required' },
      ]);
    const user = await store.directory.user(claims.sub);
    if (!user) throw new AuthenticationError('user no longer exists');
    actors.set(req, toActor(user));
    next();
  };
}
