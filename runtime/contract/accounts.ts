/** 账号管理 and 账号激活: the account schemas of the API (runtime/directory/account-service.ts). */
import {
  arrayOf,
  boolean,
  everyFieldOf,
  exactlyFieldsOf,
  nullableString,
  objectOf,
  string,
  strings,
} from './common.js';

const accountFields = {
  id: string,
  username: string,
  displayName: string,
  roles: strings,
  groups: strings,
  orgUnitId: nullableString,
  enterpriseId: nullableString,
  kind: { enum: ['staff', 'enterprise'] },
  /** 正常 · 待激活 (no password yet) · 已停用 */
  status: { enum: ['active', 'pending', 'disabled'] },
  mustChangePassword: boolean,
  passwordChangedAt: nullableString,
  disabledAt: nullableString,
} as const;

export const accountSchema = exactlyFieldsOf(accountFields);
export const accountListSchema = arrayOf(accountSchema);

export const newEnterpriseAccountSchema = {
  ...objectOf(['enterpriseId', 'username', 'displayName'], {
    enterpriseId: { type: 'string', minLength: 1, maxLength: 100 },
    username: { type: 'string', pattern: '^[A-Za-z0-9._@-]{3,64}$' },
    displayName: { type: 'string', minLength: 1, maxLength: 100 },
  }),
  additionalProperties: false,
} as const;

export const initialPasswordSchema = objectOf(['account', 'password'], {
  account: accountSchema,
  password: { type: 'string', description: 'shown once; the next sign-in must replace it' },
});

/** Who an activation link is for. */
const activationFields = { username: string, displayName: string, expiresAt: string } as const;
export const activationInfoSchema = everyFieldOf(activationFields);

/** 激活链接: one per account without a password (or per account asked for); `path` is `/#/activate/<token>` (the studio's activation page). */
const linkFields = { id: string, ...activationFields, path: string } as const;
export const activationLinksSchema = objectOf(['links'], {
  links: arrayOf(everyFieldOf(linkFields)),
});

export const activationLinksRequestSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** The accounts to issue links for (default: every account without a password). */
    ids: { type: 'array', maxItems: 5000, items: { type: 'string', maxLength: 100 } },
  },
} as const;

/** A new password as a person types it (checked against the 口令策略 after the schema). */
export const newPassword = { type: 'string', minLength: 1, maxLength: 200 } as const;

export const activateRequestSchema = {
  ...objectOf(['token', 'newPassword'], {
    token: { type: 'string', minLength: 1, maxLength: 1000 },
    newPassword,
  }),
  additionalProperties: false,
} as const;
