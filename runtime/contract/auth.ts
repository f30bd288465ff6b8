import { nullableString, objectOf, string, strings } from './common.js';
import { userSchema } from './directory.js';

/** Responses of the auth routes (登录). */

/** POST /auth/login. */
export const loginBodySchema = {
  ...objectOf(['username', 'password'], {
    username: { type: 'string', minLength: 1, maxLength: 100 },
    password: { type: 'string', minLength: 1, maxLength: 200 },
  }),
  additionalProperties: false,
} as const;

/** A session opened: bearer token for API clients, the CSRF token for cookie (browser) sessions. */
export const sessionSchema = objectOf(['token', 'csrfToken', 'expiresAt'], {
  token: { type: 'string', description: 'Bearer token for API clients (browsers use the cookie)' },
  csrfToken: { type: 'string', description: 'Echo in X-CSRF-Token on unsafe cookie-authenticated calls' },
  expiresAt: string,
});

/** POST /auth/login: the session, who signed in, and whether the password must be changed first. */
export const loginSchema = objectOf([...sessionSchema.required, 'user', 'passwordChangeRequired'], {
  ...sessionSchema.properties,
  user: userSchema,
  passwordChangeRequired: {
    type: 'boolean',
    description: 'an initial or expired password: only POST /auth/password works until it is changed',
  },
});

/** GET /auth/demo-users (demo mode only): the accounts to try. */
export const demoUserSchema = objectOf(['username', 'password', 'displayName', 'roles', 'jurisdiction'], {
  username: string,
  password: string,
  displayName: string,
  roles: strings,
  jurisdiction: nullableString,
});
