import { NotFoundError } from '../../runtime/common/errors.js';
import { dayNumberAtMs, formatLocalDate } from '../../runtime/calendar/local-day.js';
import { isKeyEnterprise, matchPolicies } from '../../runtime/cases/policy-matcher.js';
import { actorOf } from '../auth/authenticate.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';
import { listFilters } from './paging.js';
import { pageOf, pagingQuery } from '../../runtime/contract/common.js';

const visitSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    enterpriseId: { type: 'string' },
    staffId: { type: 'string' },
    kind: { type: 'string' },
    at: { type: 'string' },
    items: { type: 'array', items: { type: 'string' } },
    notes: { type: 'string' },
    caseId: { type: ['string', 'null'] },
  },
};

/** The routes of one jurisdiction's service programmes. */
const scoped = { tenant: { param: 'j' }, tag: 'services' } as const;

/** Service programmes beyond requests: visit logs, policy matching (政策计算器). */
export function serviceRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, catalog, visits } = deps.platform;
  api.post(
    '/jurisdictions/:j/visits',
    {
      ...scoped,
      permission: 'visit.record',
      summary: 'Log a service visit (送政策 / 问需求 / 四送五问 …) of a kind the mechanism defines',
      body: {
        type: 'object',
        required: ['enterpriseId', 'kind'],
        additionalProperties: false,
        properties: {
          enterpriseId: { type: 'string', maxLength: 100 },
          kind: { type: 'string', maxLength: 64 },
          at: { type: 'string', maxLength: 40 },
          items: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 100 } },
          notes: { type: 'string', maxLength: 4000 },
          caseId: { type: 'string', maxLength: 100 },
        },
      },
      response: visitSchema,
      status: 201,
    },
    async (req, res) => {
      const j = String(req.params.j);
      res.status(201).json(await visits.record(j, req.body, actorOf(req)));
    },
  );
  api.get(
    '/jurisdictions/:j/visits',
    {
      ...scoped,
      permission: 'visit.read',
      summary: 'Visit log, newest first',
      query: {
        type: 'object',
        properties: { enterpriseId: { type: 'string' }, kind: { type: 'string' }, ...pagingQuery },
      },
      response: pageOf(visitSchema),
    },
    async (req, res) => {
      const filters = listFilters(req.query, ['enterpriseId', 'kind']);
      res.json(await store.visits.list({ jurisdiction: String(req.params.j), ...filters }));
    },
  );
  api.get(
    '/jurisdictions/:j/enterprises/:id/policies',
    {
      ...scoped,
      permission: 'enterprise.read',
      summary:
        '政策计算器 / 政策清单: policies in force today the enterprise matches (tags, rule), and whether it is a 一企一策 key enterprise',
      response: {
        type: 'object',
        required: ['enterpriseId', 'policies', 'keyEnterprise'],
        properties: {
          enterpriseId: { type: 'string' },
          policies: { type: 'array', items: { type: 'object' } },
          keyEnterprise: { type: 'boolean' },
        },
      },
    },
    async (req, res) => {
      const j = String(req.params.j);
      const enterprise = await store.directory.enterprise(String(req.params.id));
      if (!enterprise || enterprise.jurisdiction !== j) throw new NotFoundError('enterprise not found');
      const { mechanism } = await catalog.current(j);
      const today = formatLocalDate(
        dayNumberAtMs(deps.platform.clock.now().getTime(), mechanism.calendar.utcOffsetMinutes),
      );
      res.json({
        enterpriseId: enterprise.id,
        policies: await matchPolicies(mechanism, enterprise, today),
        keyEnterprise: await isKeyEnterprise(mechanism, enterprise),
      });
    },
  );
}
