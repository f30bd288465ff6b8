import type { UnitKpi } from '../store/store.js';

/** One row of the KPI report: counts from the store, rates and handling-time statistics derived. */
export interface UnitFigures {
  orgUnitId: string | null;
  name: string;
  received: number;
  inProgress: number;
  closed: number;
  refused: number;
  /** 按期办结率: closed on time / closed with a deadline; null when none closed. */
  onTimeRate: number | null;
  /** 超期件: closed late + open past the deadline. */
  overdue: number;
  /** Handling time of closed cases in working days: mean and 90th percentile (nearest rank). */
  avgHandlingDays: number | null;
  p90HandlingDays: number | null;
  urgings: number;
  escalationsByTier: Record<string, number>;
  /** 满意率 on the jurisdiction's scale: satisfied levels / all ratings. */
  satisfactionRate: number | null;
  ratings: Record<string, number>;
  /** 二次交办率: reopened cases / closed cases. */
  reopenRate: number | null;
  reopened: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);

export function unitFigures(kpi: UnitKpi, name: string, satisfiedLevels: Set<string>): UnitFigures {
  const histogram = Object.entries(kpi.handlingDays)
    .map(([days, n]) => [Number(days), n] as const)
    .sort((a, b) => a[0] - b[0]);
  const handled = histogram.reduce((a, [, n]) => a + n, 0);
  const rated = Object.values(kpi.ratings).reduce((a, b) => a + b, 0);
  const satisfied = Object.entries(kpi.ratings).reduce(
    (a, [l, n]) => a + (satisfiedLevels.has(l) ? n : 0),
    0,
  );
  return {
    orgUnitId: kpi.orgUnitId,
    name,
    received: kpi.received,
    inProgress: kpi.open,
    closed: kpi.closed,
    refused: kpi.refused,
    onTimeRate: ratio(kpi.closedOnTime, kpi.closedOnTime + kpi.closedLate),
    overdue: kpi.closedLate + kpi.overdueOpen,
    avgHandlingDays: handled
      ? Math.round((histogram.reduce((a, [d, n]) => a + d * n, 0) / handled) * 100) / 100
      : null,
    p90HandlingDays: handled ? percentile(histogram, handled, 0.9) : null,
    urgings: kpi.urgings,
    escalationsByTier: kpi.escalationsByTier,
    satisfactionRate: ratio(satisfied, rated),
    ratings: kpi.ratings,
    reopenRate: ratio(kpi.reopened, kpi.closed),
    reopened: kpi.reopened,
  };
}

/** Nearest-rank percentile over a sorted (value, count) histogram. */
function percentile(histogram: (readonly [number, number])[], total: number, p: number): number {
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (const [value, n] of histogram) if ((seen += n) >= rank) return value;
  return histogram.at(-1)?.[0] ?? 0;
}
