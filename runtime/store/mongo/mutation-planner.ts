import type { Mutation } from '../mutations.js';
import { casePlanners } from './case-planners.js';
import { credentialPlanners } from './credential-planners.js';
import { directoryPlanners } from './directory-planners.js';
import { enginePlanners } from './engine-planners.js';
import { indicatorPlanners } from './indicator-planners.js';
import { holidayArrangementPlanners } from './holiday-arrangement-planners.js';
import { jurisdictionPlanners } from './jurisdiction-planners.js';
import { PlanContext, type MutationPlanners } from './plan-context.js';
import { recordPlanners } from './record-planners.js';
import { policyCollectionPlanners } from './policy-collection-store.js';
import { policyNoticePlanners } from './policy-notice-store.js';
import { messagePlanners } from './message-store.js';
import { savedQueryPlanners } from './saved-query-store.js';
import type { StagedView } from './staged-view.js';
import type { WriteOp } from './write-ops.js';

const planners: MutationPlanners = {
  ...casePlanners,
  ...enginePlanners,
  ...directoryPlanners,
  ...recordPlanners,
  ...policyNoticePlanners,
  ...policyCollectionPlanners,
  ...messagePlanners,
  ...indicatorPlanners,
  ...holidayArrangementPlanners,
  ...jurisdictionPlanners,
  ...credentialPlanners,
  ...savedQueryPlanners,
};

/**
 * Turns a batch of mutations into idempotent write ops, validating each against the state the earlier
 * ones leave (the staged view). Throws — before anything is written — on the first rule a mutation
 * breaks (not found, stale revision, duplicate, already rated, version exists).
 */
export async function planMutations(mutations: readonly Mutation[], view: StagedView): Promise<WriteOp[]> {
  const plan = new PlanContext(view);
  for (const mutation of mutations) {
    const planner = planners[mutation.kind] as (m: Mutation, p: PlanContext) => Promise<void>;
    await planner(mutation, plan);
  }
  return plan.ops;
}
