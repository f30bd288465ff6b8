import { importIndicators, maxIndicatorRows } from '../../runtime/needs-survey/indicator-import.js';
import { flaggedEnterprises } from '../../runtime/needs-survey/needs-survey.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';
import { listFilters } from './paging.js';
import { pageOf, pagingQuery } from '../../runtime/contract/common.js';

const indicatorSchema = {
  type: 'object',
  properties: {
    jurisdiction: { type: 'string' },
    enterpriseId: { type: 'string' },
    metric: { type: 'string' },
    month: { type: 'string' },
    value: { type: 'number' },
  },
};

const importBody = {
  type: 'object',
  required: ['rows'],
  additionalProperties: false,
  properties: {
    rows: {
      type: 'array',
      maxItems: maxIndicatorRows,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          enterpriseId: { type: 'string', maxLength: 100 },
          creditCode: { type: 'string', maxLength: 18 },
          metric: { type: 'string', maxLength: 64 },
          month: { type: 'string', maxLength: 7 },
          value: { type: 'number' },
        },
      },
    },
  },
};

/** The routes of one jurisdiction's service programmes. */
const scoped = { tenant: { param: 'j' }, tag: 'services' } as const;

/** 问需求: enterprise monthly indicators in, enterprises with sharp falls (and their paired officers) out. */
export function needsSurveyRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, catalog } = deps.platform;
  api.post(
    '/jurisdictions/:j/indicators',
    {
      ...scoped,
      summary: '问需求: import enterprise monthly figures (all rows or none; a known key is replaced)',
      permission: 'directory.edit',
      body: importBody,
      response: { type: 'object', properties: { imported: { type: 'integer' } } },
    },
    async (req, res) => {
      const j = String(req.params.j);
      const { mechanism } = await catalog.current(j);
      res.json(await importIndicators(store, mechanism, (req.body as { rows: unknown[] }).rows));
    },
  );
  api.get(
    '/jurisdictions/:j/indicators',
    {
      ...scoped,
      summary: 'Enterprise monthly figures, newest month first',
      permission: 'visit.read',
      query: {
        type: 'object',
        properties: {
          enterpriseId: { type: 'string' },
          metric: { type: 'string' },
          month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
          ...pagingQuery,
        },
      },
      response: pageOf(indicatorSchema),
    },
    async (req, res) => {
      const filters = listFilters(req.query, ['enterpriseId', 'metric', 'month']);
      res.json(await store.indicators.list({ jurisdiction: String(req.params.j), ...filters }));
    },
  );
  api.get(
    '/jurisdictions/:j/needs-survey',
    {
      ...scoped,
      summary:
        '问需求: enterprises whose monthly figure fell by at least services.needsSurvey.dropThresholdPercent (vs the previous month or the same month last year), with paired officers and follow-up visits',
      permission: 'visit.read',
      query: {
        type: 'object',
        required: ['month'],
        properties: { month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' } },
      },
      response: {
        type: 'object',
        required: ['jurisdiction', 'month', 'metrics', 'dropThresholdPercent', 'source', 'enterprises'],
        properties: {
          jurisdiction: { type: 'string' },
          month: { type: 'string' },
          metrics: { type: 'array', items: { type: 'string' } },
          dropThresholdPercent: { type: 'number' },
          source: { type: 'object' },
          enterprises: { type: 'array', items: { type: 'object' } },
        },
      },
    },
    async (req, res) => {
      const j = String(req.params.j);
      const { mechanism } = await catalog.current(j);
      res.json(await flaggedEnterprises(store, mechanism, String(req.query.month)));
    },
  );
}
