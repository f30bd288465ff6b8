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

/** GET …/reports/kpi and …/kpi/annual: the figures of the whole jurisdiction and per handling unit. */
export const kpiReportSchema = {
  type: 'object',
  required: ['jurisdiction', 'month', 'total', 'units', 'exceptions'],
  properties: {
    jurisdiction: { type: 'string' },
    month: { type: 'string' },
    total: { type: 'object' },
    units: { type: 'array', items: { type: 'object' } },
    exceptions: counts,
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
