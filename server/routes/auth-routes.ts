import { AuthenticationError } from '../../runtime/common/errors.js';
import { actorOf, toActor } from '../auth/authenticate.js';
import { verifyPassword } from '../auth/password-hash.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';

const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    roles: { type: 'array', items: { type: 'string' } },
    groups: { type: 'array', items: { type: 'string' } },
    jurisdiction: { type: ['string', 'null'] },
    enterpriseId: { type: ['string', 'null'] },
  },
};

export function authRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, clock } = deps.platform;
  api.post(
    '/auth/login',
    {
      summary: 'Sign in with username and password; returns a bearer token',
      tag: 'auth',
      auth: false,
      body: {
        type: 'object',
        required: ['username', 'password'],
        additionalProperties: false,
        properties: {
          username: { type: 'string', minLength: 1, maxLength: 100 },
          password: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
      response: { type: 'object', properties: { token: { type: 'string' }, user: userSchema } },
    },
    async (req, res) => {
      const { username, password } = req.body as { username: string; password: string };
      const user = await store.directory.userByUsername(username);
      if (!user || !(await verifyPassword(password, user.passwordHash))) {
        throw new AuthenticationError('wrong username or password', [
          { path: '/password', reason: 'invalid credentials' },
        ]);
      }
      res.json({
        token: deps.tokens.issue(user.id, clock.now()),
        user: { ...toActor(user), username: user.username },
      });
    },
  );
  api.get('/me', { summary: 'The signed-in user', tag: 'auth', response: userSchema }, async (req, res) => {
    const actor = actorOf(req);
    const user = await store.directory.user(actor.id);
    res.json({ ...actor, username: user?.username ?? actor.id });
  });
  api.get(
    '/auth/demo-users',
    {
      summary: 'Demo accounts (demo mode only)',
      tag: 'auth',
      auth: false,
      response: { type: 'array', items: { type: 'object' } },
    },
    (_req, res) => {
      res.json(deps.demoUsers);
    },
  );
}
