import { InputError, NotFoundError } from '../common/errors.js';
import type { Mechanism } from '../definitions/mechanism.js';
import type { RuleSource } from '../definitions/rule-source.js';
import type { IndicatorDrop } from '../store/indicators.js';
import type { VisitRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { isMonth, monthStart, shiftMonth } from '../common/calendar-month.js';

export type Comparison = 'previous-month' | 'same-month-last-year';

/** One metric of a flagged enterprise that fell by at least the threshold. */
export interface MetricDrop {
  metric: string;
  comparedWith: Comparison;
  baseMonth: string;
  value: number;
  baseValue: number;
  /** Fall in percent of the base value, rounded to one decimal. */
  dropPercent: number;
}

/** An enterprise to visit (逐家上门了解情况): its falls, its paired officers, the visits logged since. */
export interface FlaggedEnterprise {
  enterpriseId: string;
  enterpriseName: string;
  drops: MetricDrop[];
  /** Staff paired with the enterprise (结对), who should make the visit. */
  pairedStaff: { id: string; displayName: string }[];
  /** Visits logged for the enterprise from the start of the month after `month`, newest first. */
  followUpVisits: VisitRecord[];
}

export interface NeedsSurveyList {
  jurisdiction: string;
  month: string;
  metrics: string[];
  dropThresholdPercent: number;
  /** Where the programme comes from (`services.needsSurvey.source`): policy clause and quote, or a default. */
  source: RuleSource;
  enterprises: FlaggedEnterprise[];
}

const comparisons: { comparedWith: Comparison; monthsBack: number }[] = [
  { comparedWith: 'previous-month', monthsBack: 1 },
  { comparedWith: 'same-month-last-year', monthsBack: 12 },
];

/** The mechanism's 问需求 programme, or a 404 when it has none. */
export function needsSurveyOf(mechanism: Mechanism): NonNullable<Mechanism['services']['needsSurvey']> {
  const survey = mechanism.services.needsSurvey;
  if (!survey) throw new NotFoundError(`${mechanism.id} has no needs survey (services.needsSurvey)`);
  return survey;
}

/**
 * 问需求: every enterprise whose figure of a configured metric in `month` fell by at least
 * `dropThresholdPercent` against the previous month, or against the same month a year before when
 * that figure exists, with its paired officers. Falls are computed in the store.
 */
export async function flaggedEnterprises(
  store: Pick<Store, 'directory' | 'indicators' | 'visits'>,
  mechanism: Mechanism,
  month: string,
): Promise<NeedsSurveyList> {
  const survey = needsSurveyOf(mechanism);
  if (!isMonth(month)) throw new InputError('month must be YYYY-MM', [{ path: '/month', reason: 'YYYY-MM' }]);
  const jurisdiction = mechanism.id;
  const byEnterprise = new Map<string, MetricDrop[]>();
  for (const { comparedWith, monthsBack } of comparisons) {
    const baseMonth = shiftMonth(month, -monthsBack);
    const drops = await store.indicators.drops({
      jurisdiction,
      month,
      baseMonth,
      metrics: survey.metrics,
      minDropPercent: survey.dropThresholdPercent,
    });
    for (const drop of drops) {
      const list = byEnterprise.get(drop.enterpriseId) ?? [];
      list.push(metricDrop(drop, comparedWith, baseMonth));
      byEnterprise.set(drop.enterpriseId, list);
    }
  }
  const visitsFrom = monthStart(shiftMonth(month, 1), mechanism.calendar.utcOffsetMinutes).toISOString();
  const pairedStaff = await pairedStaffLookup(store, jurisdiction);
  const enterprises: FlaggedEnterprise[] = [];
  for (const enterpriseId of [...byEnterprise.keys()].sort()) {
    enterprises.push({
      enterpriseId,
      enterpriseName: (await store.directory.enterprise(enterpriseId))?.name ?? enterpriseId,
      drops: byEnterprise.get(enterpriseId) ?? [],
      pairedStaff: await pairedStaff(enterpriseId),
      followUpVisits: (await store.visits.list({ jurisdiction, enterpriseId, from: visitsFrom, limit: 20 }))
        .items,
    });
  }
  const { metrics, dropThresholdPercent, source } = survey;
  return { jurisdiction, month, metrics, dropThresholdPercent, source, enterprises };
}

function metricDrop(drop: IndicatorDrop, comparedWith: Comparison, baseMonth: string): MetricDrop {
  const dropPercent = Math.round(((drop.baseValue - drop.value) / drop.baseValue) * 1000) / 10;
  return {
    metric: drop.metric,
    comparedWith,
    baseMonth,
    value: drop.value,
    baseValue: drop.baseValue,
    dropPercent,
  };
}

/** Paired staff per enterprise (结对), with display names; one pairing read per list. */
async function pairedStaffLookup(
  store: Pick<Store, 'directory' | 'indicators' | 'visits'>,
  jurisdiction: string,
) {
  const byEnterprise = new Map<string, string[]>();
  for (const { enterpriseId, staffId } of await store.directory.pairings(jurisdiction))
    byEnterprise.set(enterpriseId, [...(byEnterprise.get(enterpriseId) ?? []), staffId]);
  const names = new Map<string, string | null>();
  return async (enterpriseId: string) => {
    const staff: { id: string; displayName: string }[] = [];
    for (const id of [...(byEnterprise.get(enterpriseId) ?? [])].sort()) {
      if (!names.has(id)) names.set(id, (await store.directory.user(id))?.displayName ?? null);
      const displayName = names.get(id);
      if (displayName != null) staff.push({ id, displayName });
    }
    return staff;
  };
}
