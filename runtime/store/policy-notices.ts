import type { Page } from './store.js';

/**
 * 政策告知书: one catalogue policy pushed (送政策) to one enterprise — who pushed it, the paired
 * officers (包联) who deliver it, the delivery they record and the enterprise's read receipt (回执).
 * Keyed by (jurisdiction, policy, enterprise): pushing the same policy again writes nothing new.
 */
export interface PolicyNoticeRecord {
  id: string;
  jurisdiction: string;
  policyId: string;
  enterpriseId: string;
  /** The enterprise's paired officers when it was pushed; empty: none paired (the hub delivers). */
  officerIds: string[];
  pushedBy: string;
  pushedAt: string;
  /** 送达: when, by whom, how (visit, phone, online …) and which enterprise contact acknowledged it. */
  deliveredAt: string | null;
  deliveredBy: string | null;
  deliveryWay: string | null;
  acknowledgedBy: string | null;
  /** 回执: when and by which enterprise user it was read. */
  readAt: string | null;
  readBy: string | null;
}

/** What a push decides about a notice; the rest (送达, 回执) is filled in later by patches. */
export type PolicyNoticePush = Pick<
  PolicyNoticeRecord,
  'id' | 'jurisdiction' | 'policyId' | 'enterpriseId' | 'officerIds' | 'pushedBy' | 'pushedAt'
>;

/** A freshly pushed notice: not yet delivered, acknowledged or read. */
export function pushedNotice(push: PolicyNoticePush): PolicyNoticeRecord {
  return {
    ...push,
    deliveredAt: null,
    deliveredBy: null,
    deliveryWay: null,
    acknowledgedBy: null,
    readAt: null,
    readBy: null,
  };
}

export type PolicyNoticePatch = Partial<
  Pick<
    PolicyNoticeRecord,
    'deliveredAt' | 'deliveredBy' | 'deliveryWay' | 'acknowledgedBy' | 'readAt' | 'readBy'
  >
>;

export const policyNoticePatchable = [
  'deliveredAt',
  'deliveredBy',
  'deliveryWay',
  'acknowledgedBy',
  'readAt',
  'readBy',
] as const satisfies readonly (keyof PolicyNoticeRecord)[];

export interface PolicyNoticeQuery {
  jurisdiction: string;
  policyId?: string;
  enterpriseId?: string;
  /** Notices this officer is one of the paired officers of. */
  officerId?: string;
  limit?: number;
  offset?: number;
}

/** Pushed policies (written with mutations `policyNotice.insert` / `policyNotice.update`). */
export interface PolicyNoticeRepository {
  get(id: string): Promise<PolicyNoticeRecord | null>;
  /** Notices matching every given filter, newest (pushedAt) first, then by id descending. */
  list(query: PolicyNoticeQuery): Promise<Page<PolicyNoticeRecord>>;
}
