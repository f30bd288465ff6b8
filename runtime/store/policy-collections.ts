/**
 * 每月定期收集整理企业服务政策: one month's collection of enterprise-service policies, recorded by
 * staff of the collecting group (`services.policyCollection.group`). Keyed by (jurisdiction,
 * month): a month is recorded once; recording it again writes nothing.
 */
export interface PolicyCollectionRecord {
  /** `<jurisdiction>:<YYYY-MM>` */
  id: string;
  jurisdiction: string;
  /** The month collected, `YYYY-MM` in the jurisdiction's local time. */
  month: string;
  /** The collecting group when it was recorded. */
  group: string;
  recordedBy: string;
  recordedAt: string;
  /** Catalogue policies (`services.policyMatching.policies`) collected; empty: nothing new this month. */
  policyIds: string[];
  note: string;
}

export function policyCollectionId(jurisdiction: string, month: string): string {
  return `${jurisdiction}:${month}`;
}

/** Monthly policy collections (written with mutation `policyCollection.insert`). */
export interface PolicyCollectionRepository {
  get(id: string): Promise<PolicyCollectionRecord | null>;
  /** The jurisdiction's collections of months `from`…`to` (inclusive, `YYYY-MM`), by month. */
  list(jurisdiction: string, from: string, to: string): Promise<PolicyCollectionRecord[]>;
  /** The earliest month recorded, or null when none is. */
  firstMonth(jurisdiction: string): Promise<string | null>;
}
