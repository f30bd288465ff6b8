import type { FromSchema } from 'json-schema-to-ts';
import type {
  policyCollectionMonthSchema,
  policyCollectionYearSchema,
  policyNoticeSchema,
  pushResultSchema,
} from '../../../runtime/contract/policy-notices';
import { request } from './http';
import type { Page } from './types';

/** 政策告知书 as the server lists it: the policy title and enterprise name beside the ids. */
export type PolicyNotice = FromSchema<typeof policyNoticeSchema>;
export type PushResult = FromSchema<typeof pushResultSchema>;
/** 每月政策收集: the year's months (open, done, missed) and one month as recorded. */
export type CollectionYear = FromSchema<typeof policyCollectionYearSchema>;
export type CollectionMonth = FromSchema<typeof policyCollectionMonthSchema>;

const base = (j: string) => `/jurisdictions/${encodeURIComponent(j)}`;

/** 送政策 endpoints: push, the notices with receipts, the enterprise's own and its 回执; 每月政策收集. */
export const policyApi = {
  push: (j: string, policyId: string) =>
    request<PushResult>(`${base(j)}/policies/${encodeURIComponent(policyId)}/push`, { method: 'POST' }),
  notices: (j: string, q: { policyId?: string; officerId?: string }) =>
    request<Page<PolicyNotice>>(`${base(j)}/policy-notices`, { query: { ...q, limit: 200 } }),
  mine: (j: string) => request<Page<PolicyNotice>>(`${base(j)}/my/policy-notices`),
  deliver: (j: string, id: string, body: { way: string; acknowledgedBy: string }) =>
    request<PolicyNotice>(`${base(j)}/policy-notices/${encodeURIComponent(id)}/delivery`, {
      method: 'POST',
      body,
    }),
  read: (j: string, id: string) =>
    request<PolicyNotice>(`${base(j)}/policy-notices/${encodeURIComponent(id)}/read`, { method: 'POST' }),
  collections: (j: string) => request<CollectionYear>(`${base(j)}/policy-collections`),
  collect: (j: string, month: string, body: { policyIds: string[]; note: string }) =>
    request<CollectionMonth>(`${base(j)}/policy-collections/${encodeURIComponent(month)}`, {
      method: 'POST',
      body,
    }),
};
