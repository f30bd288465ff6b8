import {
  arrayOf,
  boolean,
  everyFieldOf,
  exactlyFieldsOf,
  integer as count,
  nullableString,
  objectOf,
  string,
} from './common.js';

/** Responses of the report routes (统计报表). */

const counts = { type: 'object', additionalProperties: count } as const;
const rate = { type: ['number', 'null'] } as const;

const monthlyFigures = {
  month: string,
  received: count,
  open: count,
  closed: count,
  refused: count,
  byClass: counts,
  closedOnTime: count,
  closedLate: count,
  overdueOpen: count,
  ratings: counts,
  eventCounts: counts,
  urgings: count,
  escalations: count,
  satisfactionRate: rate,
} as const;

/** GET …/reports/monthly (按月分析报送): every figure is always there. */
export const monthlyReportSchema = everyFieldOf(monthlyFigures);

/** 异常件: the exception-case lists supervisors work from (runtime/cases/exception-cases.ts). */
export const exceptionKinds = [
  'warning',
  'unsatisfied',
  'closed-late',
  'reassigned',
  'leader-instructed',
] as const;

const days = { type: ['number', 'null'] } as const;

const unitFigures = {
  orgUnitId: nullableString,
  name: string,
  received: count,
  inProgress: count,
  closed: count,
  refused: count,
  /** 按期办结率: closed on time / closed with a deadline (classes without a limit left out); null when none. */
  onTimeRate: rate,
  /** 超期件: closed late + open past the deadline. */
  overdue: count,
  /** Handling time of closed cases in working days: mean and 90th percentile (nearest rank). */
  avgHandlingDays: days,
  p90HandlingDays: days,
  /** 响应: cases staff took up (first claim or completion of a task), and in how many working days. */
  responded: count,
  avgResponseDays: days,
  p90ResponseDays: days,
  urgings: count,
  escalationsByTier: counts,
  /** 满意率 on the jurisdiction's scale: satisfied levels / all ratings (未评价 cases are not ratings). */
  satisfactionRate: rate,
  ratings: counts,
  /** 未评价: closed cases the enterprise did not rate, counted on their own. */
  unrated: count,
  /** 二次交办率: reopened cases / cases received (platform default). */
  reopenRate: rate,
  reopened: count,
} as const;

/** One row of the KPI report (runtime/reports/unit-figures.ts): counts from the store, rates and times derived. */
export const unitFiguresSchema = exactlyFieldsOf(unitFigures);

/** GET …/reports/kpi and …/kpi/annual: the figures of the whole jurisdiction and per handling unit. */
export const kpiReportSchema = {
  ...objectOf(['jurisdiction', 'month', 'total', 'units', 'exceptions'], {
    jurisdiction: string,
    month: string,
    total: unitFiguresSchema,
    units: arrayOf(unitFiguresSchema),
    exceptions: {
      ...objectOf(
        exceptionKinds,
        Object.fromEntries(exceptionKinds.map((k) => [k, count])) as Record<
          (typeof exceptionKinds)[number],
          typeof count
        >,
      ),
      additionalProperties: false,
    },
  }),
  additionalProperties: false,
} as const;

/** GET …/reports/pairing (结对覆盖). */
export const pairingCoverageSchema = objectOf(
  ['enterprises', 'paired', 'unpaired', 'underloaded', 'minEnterprisesPerStaff', 'aboveScale'],
  {
    enterprises: count,
    paired: count,
    unpaired: arrayOf({ type: 'object', properties: { id: string, name: string, scale: nullableString } }),
    underloaded: arrayOf({
      type: 'object',
      properties: { staffId: string, name: string, enterprises: count },
    }),
    minEnterprisesPerStaff: count,
    aboveScale: { type: 'object', properties: { total: count, paired: count, allPaired: boolean } },
  },
);
