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
