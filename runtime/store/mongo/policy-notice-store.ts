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
import { DocRepository, equals, jurisdictionFilter } from './query.js';
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
    void (await plan.update(policyNoticeDocs, id, patch, policyNoticePatchable, 'policy notice')),
};

export class MongoPolicyNoticeRepository
  extends DocRepository<PolicyNoticeRecord>
  implements PolicyNoticeRepository
{
  constructor(db: Db) {
    super(db, policyNoticeDocs);
  }

  list(query: PolicyNoticeQuery): Promise<Page<PolicyNoticeRecord>> {
    const filter = jurisdictionFilter(query, ['policyId', 'enterpriseId']);
    // an array field equal to a value matches documents whose array holds it
    equals(filter, 'officerIds', query.officerId);
    return this.q.page(filter, { pushedAt: -1, _id: -1 }, query);
  }
}
