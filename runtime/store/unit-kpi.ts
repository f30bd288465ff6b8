import type { UnitKpi } from './store.js';

/** A unit's KPI row before any case is counted (every adapter and the report start from it). */
export function emptyUnitKpi(orgUnitId: string | null): UnitKpi {
  return {
    orgUnitId,
    received: 0,
    open: 0,
    closed: 0,
    refused: 0,
    closedOnTime: 0,
    closedLate: 0,
    overdueOpen: 0,
    handlingDays: {},
    responseDays: {},
    ratings: {},
    unrated: 0,
    reopened: 0,
    urgings: 0,
    escalationsByTier: {},
  };
}

/** Adds `n` to a keyed count (handling days, rating levels, escalations by tier). */
export function addCount(counts: Record<string, number>, key: string, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}

/**
 * One group of a month's cases as the SQL adapters aggregate them: per (unit, handling working
 * days, response working days, latest rating level, reopened) the case counts. Values arrive as
 * the driver reads them.
 */
export type KpiCaseGroup = Record<
  | 'unit'
  | 'days'
  | 'responseDays'
  | 'level'
  | 'reopened'
  | 'received'
  | 'open'
  | 'closed'
  | 'refused'
  | 'closedOnTime'
  | 'closedLate'
  | 'overdueOpen',
  unknown
>;

/** `urged` / `escalated` events of the window per (unit, type, escalation tier). */
export type KpiEventGroup = Record<'unit' | 'type' | 'tier' | 'n', unknown>;

/** Folds the SQL adapters' groups into one `UnitKpi` per unit, by unit id (no unit first). */
export function foldUnitKpis(cases: readonly KpiCaseGroup[], events: readonly KpiEventGroup[]): UnitKpi[] {
  const units = new Map<string | null, UnitKpi>();
  const unit = (id: unknown): UnitKpi => {
    const key = id === null || id === undefined ? null : String(id);
    let kpi = units.get(key);
    if (!kpi) units.set(key, (kpi = emptyUnitKpi(key)));
    return kpi;
  };
  for (const row of cases) {
    const kpi = unit(row.unit);
    const n = Number(row.received);
    kpi.received += n;
    for (const f of ['open', 'closed', 'refused', 'closedOnTime', 'closedLate', 'overdueOpen'] as const)
      kpi[f] += Number(row[f] ?? 0);
    if (row.days !== null && row.days !== undefined) addCount(kpi.handlingDays, String(row.days), n);
    if (row.responseDays !== null && row.responseDays !== undefined)
      addCount(kpi.responseDays, String(row.responseDays), n);
    // 未评价: a closed case without a rating is counted apart, outside the 满意率
    if (row.level !== null && row.level !== undefined) addCount(kpi.ratings, String(row.level), n);
    else kpi.unrated += Number(row.closed ?? 0);
    if (Number(row.reopened)) kpi.reopened += n;
  }
  for (const row of events) {
    const kpi = unit(row.unit);
    if (row.type === 'urged') kpi.urgings += Number(row.n);
    else addCount(kpi.escalationsByTier, String(row.tier ?? ''), Number(row.n));
  }
  return [...units.values()].sort((a, b) => (a.orgUnitId ?? '').localeCompare(b.orgUnitId ?? ''));
}
