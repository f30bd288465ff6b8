/** Responses of the report routes (统计报表). */

const counts = { type: 'object', additionalProperties: { type: 'integer' } } as const;
const rate = { type: ['number', 'null'] } as const;

/** GET …/reports/monthly (按月分析报送). */
export const monthlyReportSchema = {
  type: 'object',
  required: ['month', 'received', 'open', 'closed', 'closedOnTime', 'closedLate', 'overdueOpen'],
  properties: {
    month: { type: 'string' },
    received: { type: 'integer' },
    open: { type: 'integer' },
    closed: { type: 'integer' },
    refused: { type: 'integer' },
    byClass: counts,
    closedOnTime: { type: 'integer' },
    closedLate: { type: 'integer' },
    overdueOpen: { type: 'integer' },
    ratings: counts,
    eventCounts: counts,
    urgings: { type: 'integer' },
    escalations: { type: 'integer' },
    satisfactionRate: rate,
  },
} as const;

/** 异常件: the exception-case lists supervisors work from (runtime/cases/exception-cases.ts). */
export const exceptionKinds = [
  'warning',
  'unsatisfied',
  'closed-late',
  'reassigned',
  'leader-instructed',
] as const;

const count = { type: 'integer' } as const;
const days = { type: ['number', 'null'] } as const;

/** One row of the KPI report (runtime/reports/unit-figures.ts): counts from the store, rates and times derived. */
export const unitFiguresSchema = {
  type: 'object',
  required: [
    'orgUnitId',
    'name',
    'received',
    'inProgress',
    'closed',
    'refused',
    'onTimeRate',
    'overdue',
    'avgHandlingDays',
    'p90HandlingDays',
    'responded',
    'avgResponseDays',
    'p90ResponseDays',
    'urgings',
    'escalationsByTier',
    'satisfactionRate',
    'ratings',
    'unrated',
    'reopenRate',
    'reopened',
  ],
  additionalProperties: false,
  properties: {
    orgUnitId: { type: ['string', 'null'] },
    name: { type: 'string' },
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
  },
} as const;

/** GET …/reports/kpi and …/kpi/annual: the figures of the whole jurisdiction and per handling unit. */
export const kpiReportSchema = {
  type: 'object',
  required: ['jurisdiction', 'month', 'total', 'units', 'exceptions'],
  additionalProperties: false,
  properties: {
    jurisdiction: { type: 'string' },
    month: { type: 'string' },
    total: unitFiguresSchema,
    units: { type: 'array', items: unitFiguresSchema },
    exceptions: {
      type: 'object',
      required: exceptionKinds,
      additionalProperties: false,
      properties: Object.fromEntries(exceptionKinds.map((k) => [k, count])) as Record<
        (typeof exceptionKinds)[number],
        typeof count
      >,
    },
  },
} as const;

/** GET …/reports/pairing (结对覆盖). */
export const pairingCoverageSchema = {
  type: 'object',
  required: ['enterprises', 'paired', 'unpaired', 'underloaded', 'minEnterprisesPerStaff', 'aboveScale'],
  properties: {
    enterprises: { type: 'integer' },
    paired: { type: 'integer' },
    unpaired: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' }, scale: { type: ['string', 'null'] } },
      },
    },
    underloaded: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          staffId: { type: 'string' },
          name: { type: 'string' },
          enterprises: { type: 'integer' },
        },
      },
    },
    minEnterprisesPerStaff: { type: 'integer' },
    aboveScale: {
      type: 'object',
      properties: { total: { type: 'integer' }, paired: { type: 'integer' }, allPaired: { type: 'boolean' } },
    },
  },
} as const;
