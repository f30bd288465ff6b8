import { indicatorDocs } from './indicator-collections.js';
import type { MutationPlanners } from './plan-context.js';

type IndicatorPlanners = Pick<MutationPlanners, 'indicator.upsert'>;

/** Indicators: the same (jurisdiction, month, metric, enterprise) again replaces the value. */
export const indicatorPlanners: IndicatorPlanners = {
  'indicator.upsert': async ({ record }, plan) => plan.put(indicatorDocs, record),
};
