import type { Db } from 'mongodb';
import {
  policyNoticePatchable,
  type PolicyNoticeQuery,
  type PolicyNoticeRecord,
  type PolicyNoticeRepository,
} from '../policy-notices.js';
import type { Page } from '../store.js';
import { docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import type { MutationPlanners } from './plan-context.js';
import { equals, Query } from './query.js';
import { policyNoticesTable } from '../sql/policy-notice-tables.js';

/** 政策告知书 documents (SQLite: the policy_notices table). */
export const policyNoticeDocs = docsFor(policyNoticesTable, (r) => r.id);

export const policyNoticeSchemas = {
  policy_notices: tableSchema(policyNoticesTable, {}, [
    { fields: { jurisdiction: 1, policyId: 1, pushedAt: -1 } },
    { fields: { enterpriseId: 1, pushedAt: -1 } },
    { fields: { jurisdiction: 1, pushedAt: -1, _id: -1 } },
  ]),
};

/** A push keyed by an existing id writes nothing; delivery and receipt patch an existing notice. */
export const policyNoticePlanners: Pick<MutationPlanners, 'policyNotice.insert' | 'policyNotice.update'> = {
  'policyNotice.insert': async ({ record }, plan) => void (await plan.insert(policyNoticeDocs, record)),
  'policyNotice.update': async ({ id, patch }, plan) =>
    void (await plan.update<PolicyNoticeRecord>(
      policyNoticeDocs,
      id,
      patch,
      policyNoticePatchable,
      'policy notice',
    )),
};

export class MongoPolicyNoticeRepository implements PolicyNoticeRepository {
  private readonly q: Query<PolicyNoticeRecord>;
  constructor(db: Db) {
    this.q = new Query(db, policyNoticeDocs);
  }

  get(id: string): Promise<PolicyNoticeRecord | null> {
    return this.q.one({ _id: id });
  }

  list(query: PolicyNoticeQuery): Promise<Page<PolicyNoticeRecord>> {
    const filter: Record<string, unknown> = { jurisdiction: query.jurisdiction };
    equals(filter, 'policyId', query.policyId);
    equals(filter, 'enterpriseId', query.enterpriseId);
    // an array field equal to a value matches documents whose array holds it
    equals(filter, 'officerIds', query.officerId);
    return this.q.page(filter, { pushedAt: -1, _id: -1 }, query);
  }
}
