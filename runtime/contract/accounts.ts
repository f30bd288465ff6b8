/** 账号管理: the account schemas of the API (runtime/directory/account-service.ts). */
const nullableString = { type: ['string', 'null'] } as const;

export const accountSchema = {
  type: 'object',
  required: [
    'id',
    'username',
    'displayName',
    'roles',
    'groups',
    'orgUnitId',
    'enterpriseId',
    'kind',
    'status',
    'mustChangePassword',
    'passwordChangedAt',
    'disabledAt',
  ],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    roles: { type: 'array', items: { type: 'string' } },
    groups: { type: 'array', items: { type: 'string' } },
    orgUnitId: nullableString,
    enterpriseId: nullableString,
    kind: { enum: ['staff', 'enterprise'] },
    /** 正常 · 待激活 · 已停用 */
    status: { enum: ['active', 'pending', 'disabled'] },
    mustChangePassword: { type: 'boolean' },
    passwordChangedAt: nullableString,
    disabledAt: nullableString,
  },
} as const;

export const accountListSchema = { type: 'array', items: accountSchema } as const;

export const newEnterpriseAccountSchema = {
  type: 'object',
  required: ['enterpriseId', 'username', 'displayName'],
  additionalProperties: false,
  properties: {
    enterpriseId: { type: 'string', minLength: 1, maxLength: 100 },
    username: { type: 'string', pattern: '^[A-Za-z0-9._@-]{3,64}$' },
    displayName: { type: 'string', minLength: 1, maxLength: 100 },
  },
} as const;

export const initialPasswordSchema = {
  type: 'object',
  required: ['account', 'password'],
  additionalProperties: false,
  properties: {
    account: accountSchema,
    password: { type: 'string', description: 'shown once; the next sign-in must replace it' },
  },
} as const;

/** 激活链接: one per account that has no password yet (or the ones asked for). */
export const activationLinksSchema = {
  type: 'object',
  required: ['links'],
  additionalProperties: false,
  properties: {
    links: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'username', 'displayName', 'path', 'expiresAt'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          username: { type: 'string' },
          displayName: { type: 'string' },
          /** `/activate?token=…` on this installation's studio. */
          path: { type: 'string' },
          expiresAt: { type: 'string' },
        },
      },
    },
  },
} as const;

export const activationLinksRequestSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** The accounts to issue links for (default: every account without a password). */
    ids: { type: 'array', maxItems: 5000, items: { type: 'string', maxLength: 100 } },
  },
} as const;

export const activationInfoSchema = {
  type: 'object',
  required: ['username', 'displayName', 'expiresAt'],
  additionalProperties: false,
  properties: {
    username: { type: 'string' },
    displayName: { type: 'string' },
    expiresAt: { type: 'string' },
  },
} as const;

export const activateRequestSchema = {
  type: 'object',
  required: ['token', 'newPassword'],
  additionalProperties: false,
  properties: {
    token: { type: 'string', minLength: 1, maxLength: 1000 },
    newPassword: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;
