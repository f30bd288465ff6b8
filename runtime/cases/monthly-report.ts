import { levelsWithStanding } from '../definitions/rating-scale.js';
import type { MechanismCatalog } from './mechanism-catalog.js';
import type { CaseSummary, Store } from '../store/store.js';
import type { Clock } from '../common/clock.js';

export interface MonthlyReport extends CaseSummary {
  month: string;
  urgings: number;
  escalations: number;
  /** Share of ratings at a level the scale counts as satisfied; null when nothing was rated. */
  satisfactionRate: number | null;
}

/** Month boundaries in the jurisdiction's local time (UTC+offset), as ISO instants. */
export function monthRange(month: string, utcOffsetMinutes: number): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const offset = utcOffsetMinutes * 60_000;
  return {
    from: new Date(Date.UTC(y, m - 1, 1) - offset).toISOString(),
    to: new Date(Date.UTC(y, m, 1) - offset).toISOString(),
  };
}

/** 按月分析报送: the month's figures for one jurisdiction, on its own rating scale. */
export async function monthlyReport(
  deps: { store: Pick<Store, 'cases'>; catalog: MechanismCatalog; clock: Clock },
  jurisdiction: string,
  month: string,
): Promise<MonthlyReport> {
  const { mechanism } = await deps.catalog.current(jurisdiction);
  const { from, to } = monthRange(month, mechanism.calendar.utcOffsetMinutes);
  const summary = await deps.store.cases.summary(jurisdiction, from, to, deps.clock.now().toISOString());
  const satisfiedLevels = new Set(levelsWithStanding(mechanism, 'satisfied'));
  const rated = Object.values(summary.ratings).reduce((a, b) => a + b, 0);
  const satisfied = Object.entries(summary.ratings).reduce(
    (a, [level, n]) => a + (satisfiedLevels.has(level) ? n : 0),
    0,
  );
  return {
    month,
    ...summary,
    urgings: summary.eventCounts.urged ?? 0,
    escalations: summary.eventCounts.escalated ?? 0,
    satisfactionRate: rated ? satisfied / rated : null,
  };
}
