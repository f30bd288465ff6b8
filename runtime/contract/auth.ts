import { boolean, nullableString, objectOf, orNull, string, strings } from './common.js';
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

/** POST /auth/login: the session and who signed in. */
export const loginSchema = objectOf([...sessionSchema.required, 'user', 'passwordChangeRequired'], {
  ...sessionSchema.properties,
  user: userSchema,
  /** An initial or expired password (口令策略): the session may only change it until it is changed. */
  passwordChangeRequired: { type: 'boolean' },
});

/** GET /me: who is signed in, and whether the session may only change the password. */
export const meSchema = objectOf([...userSchema.required, 'passwordChangeRequired'], {
  ...userSchema.properties,
  passwordChangeRequired: boolean,
  /** An enterprise user's own enterprise (名称, 统一社会信用代码): the intake form starts with them. */
  enterprise: orNull(objectOf(['name', 'creditCode'], { name: string, creditCode: string })),
});

/** GET /auth/demo-users (demo mode only): the accounts to try, grouped under their jurisdiction's name. */
export const demoUserSchema = objectOf(['username', 'password', 'displayName', 'roles', 'jurisdiction'], {
  username: string,
  password: string,
  displayName: string,
  roles: strings,
  jurisdiction: nullableString,
  jurisdictionName: nullableString,
});

/** GET /auth/sso: whether 统一身份认证 is offered, and its button. */
export const ssoInfoSchema = {
  type: 'object',
  required: ['enabled', 'label'],
  additionalProperties: false,
  properties: {
    enabled: { type: 'boolean' },
    label: { type: ['string', 'null'], description: 'The login button (null when SSO is off)' },
  },
} as const;

/** POST /auth/sso/start: where to send the browser. */
export const ssoStartSchema = {
  ...objectOf(['authorizationUrl'], { authorizationUrl: string }),
  additionalProperties: false,
} as const;
