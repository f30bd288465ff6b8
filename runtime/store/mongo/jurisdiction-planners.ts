import { ConflictError } from '../../common/errors.js';
import { jurisdictionDocs as docs } from './jurisdiction-collections.js';
import type { MutationPlanners } from './plan-context.js';

type JurisdictionPlanners = Pick<MutationPlanners, 'jurisdiction.save'>;

/** With the SQL adapters' rule: a new jurisdiction's id is taken once; a save of an existing one replaces it. */
export const jurisdictionPlanners: JurisdictionPlanners = {
  'jurisdiction.save': async ({ record, create }, plan) => {
    if (!create) return plan.put(docs, record);
    if (await plan.insert(docs, record)) return;
    throw new ConflictError(
      `jurisdiction ${record.id} exists`,
      [{ path: '/id', reason: '辖区编号已存在' }],
      'jurisdiction_exists',
    );
  },
};
