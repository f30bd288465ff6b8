// Shapes of the leader dashboard's endpoints (GET /jurisdictions/:j/reports/kpi, /exceptions).

export const exceptionKinds = [
  'warning',
  'unsatisfied',
  'closed-late',
  'reassigned',
  'leader-instructed',
] as const;

export type ExceptionKind = (typeof exceptionKinds)[number];

/** One handling unit's (or the whole jurisdiction's) figures for a month. */
export interface UnitFigures {
  orgUnitId: string | null;
  name: string;
  received: number;
  inProgress: number;
  closed: number;
  refused: number;
  onTimeRate: number | null;
  overdue: number;
  avgHandlingDays: number | null;
  p90HandlingDays: number | null;
  /** 响应: cases staff took up (first claim or completion of a task) and the working days it took. */
  responded: number;
  avgResponseDays: number | null;
  p90ResponseDays: number | null;
  urgings: number;
  escalationsByTier: Record<string, number>;
  satisfactionRate: number | null;
  ratings: Record<string, number>;
  /** 未评价: closed cases the enterprise did not rate (not in the 满意率). */
  unrated: number;
  reopenRate: number | null;
  reopened: number;
}

export interface KpiReport {
  jurisdiction: string;
  month: string;
  total: UnitFigures;
  units: UnitFigures[];
  exceptions: Record<ExceptionKind, number>;
}
