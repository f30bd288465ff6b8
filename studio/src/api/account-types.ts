// Shapes of /jurisdictions/:j/accounts (账号管理), derived from runtime/contract/accounts.ts.
import type { FromSchema } from 'json-schema-to-ts';
import type * as contract from '../../../runtime/contract/accounts';
import type { auditEntrySchema } from '../../../runtime/contract/audit';

export type Account = FromSchema<typeof contract.accountSchema>;
export type InitialPassword = FromSchema<typeof contract.initialPasswordSchema>;
export type ActivationLinks = FromSchema<typeof contract.activationLinksSchema>;
export type NewEnterpriseAccount = FromSchema<typeof contract.newEnterpriseAccountSchema>;

/** One entry of the audit log as GET /audit returns it. */
export type AuditEntry = FromSchema<typeof auditEntrySchema>;
