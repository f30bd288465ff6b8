import type { UnitKpi } from '../store/store.js';

/** One row of the KPI report: counts from the store, rates and handling-time statistics derived. */
export interface UnitFigures {
  orgUnitId: string | null;
  name: string;
  received: number;
  inProgress: number;
  closed: number;
  refused: number;
  /** 按期办结率: closed on time / closed with a deadline (classes without a limit are left out); null when none. */
  onTimeRate: number | null;
  /** 超期件: closed late + open past the deadline. */
  overdue: number;
  /** Handling time of closed cases in working days: mean and 90th percentile (nearest rank). */
  avgHandlingDays: number | null;
  p90HandlingDays: number | null;
  /** 响应: cases staff took up (first claim or completion of a task), and in how many working days. */
  responded: number;
  avgResponseDays: number | null;
  p90ResponseDays: number | null;
  urgings: number;
  escalationsByTier: Record<string, number>;
  /** 满意率 on the jurisdiction's scale: satisfied levels / all ratings (未评价 cases are not ratings). */
  satisfactionRate: number | null;
  ratings: Record<string, number>;
  /** 未评价: closed cases the enterprise did not rate, counted on their own. */
  unrated: number;
  /**
   * 二次交办率: reopened cases / cases received (platform default — no policy text defines it; 003 names
   * 二次交办件 among the 异常办理件 only). Not / closed: a reopened case is open again until it closes,
   * so the rate read "—" while 二次交办件 was 1.
   */
  reopenRate: number | null;
  reopened: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);

export function unitFigures(kpi: UnitKpi, name: string, satisfiedLevels: Set<string>): UnitFigures {
  const handling = statistics(kpi.handlingDays);
  const response = statistics(kpi.responseDays);
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
    avgHandlingDays: handling.mean,
    p90HandlingDays: handling.p90,
    responded: response.count,
    avgResponseDays: response.mean,
    p90ResponseDays: response.p90,
    urgings: kpi.urgings,
    escalationsByTier: kpi.escalationsByTier,
    satisfactionRate: ratio(satisfied, rated),
    ratings: kpi.ratings,
    unrated: kpi.unrated,
    reopenRate: ratio(kpi.reopened, kpi.received),
    reopened: kpi.reopened,
  };
}

/** Count, mean (2 decimals) and 90th percentile of a working-days histogram. */
function statistics(days: Record<string, number>): {
  count: number;
  mean: number | null;
  p90: number | null;
} {
  const histogram = Object.entries(days)
    .map(([d, n]) => [Number(d), n] as const)
    .sort((a, b) => a[0] - b[0]);
  const count = histogram.reduce((a, [, n]) => a + n, 0);
  if (!count) return { count, mean: null, p90: null };
  const mean = Math.round((histogram.reduce((a, [d, n]) => a + d * n, 0) / count) * 100) / 100;
  return { count, mean, p90: percentile(histogram, count, 0.9) };
}

/** Nearest-rank percentile over a sorted (value, count) histogram. */
function percentile(histogram: (readonly [number, number])[], total: number, p: number): number {
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (const [value, n] of histogram) if ((seen += n) >= rank) return value;
  return histogram.at(-1)?.[0] ?? 0;
}
