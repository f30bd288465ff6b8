// Shapes of /jurisdictions/:j/accounts (账号管理), derived from runtime/contract/accounts.ts.
import type { FromSchema } from 'json-schema-to-ts';
import type * as contract from '../../../runtime/contract/accounts';

export type Account = FromSchema<typeof contract.accountSchema>;
export type InitialPassword = FromSchema<typeof contract.initialPasswordSchema>;
export type ActivationLinks = FromSchema<typeof contract.activationLinksSchema>;
export type NewEnterpriseAccount = FromSchema<typeof contract.newEnterpriseAccountSchema>;
