import type { Account, ActivationLinks, InitialPassword, NewEnterpriseAccount } from './account-types';
import { request } from './http';

const base = (j: string) => `/jurisdictions/${encodeURIComponent(j)}/accounts`;
const one = (j: string, id: string) => `${base(j)}/${encodeURIComponent(id)}`;

/** 账号管理 endpoints: one method per endpoint. */
export const accountApi = {
  list: (j: string) => request<Account[]>(base(j)),
  createEnterprise: (j: string, body: NewEnterpriseAccount) =>
    request<Account>(base(j), { method: 'POST', body }),
  disable: (j: string, id: string) => request<Account>(`${one(j, id)}/disable`, { method: 'POST' }),
  enable: (j: string, id: string) => request<Account>(`${one(j, id)}/enable`, { method: 'POST' }),
  initialPassword: (j: string, id: string) =>
    request<InitialPassword>(`${one(j, id)}/initial-password`, { method: 'POST' }),
  activationLinks: (j: string, ids?: string[]) =>
    request<ActivationLinks>(`${base(j)}/activation-links`, { method: 'POST', body: ids ? { ids } : {} }),
};
