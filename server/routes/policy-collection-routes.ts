import { actorOf } from '../auth/authenticate.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';
import {
  policyCollectionMonthSchema,
  policyCollectionYearSchema,
} from '../../runtime/contract/policy-notices.js';

/** The routes of one jurisdiction's service programmes. */
const scoped = { tenant: { param: 'j' }, tag: 'services' } as const;

/** 每月收集整理企业服务政策: the year's monthly duties, and a month recorded by the collecting group. */
export function policyCollectionRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { policyCollections } = deps.platform;
  api.get(
    '/jurisdictions/:j/policy-collections',
    {
      ...scoped,
      permission: 'visit.read',
      summary:
        '每月政策收集: the months of a year (default: the current one) up to this month, newest first — done (with the policies collected), open (this month) or missed',
      query: { type: 'object', properties: { year: { type: 'string', pattern: '^\\d{4}$' } } },
      response: policyCollectionYearSchema,
    },
    async (req, res) => {
      const q = req.query as Record<string, string | undefined>;
      res.json(await policyCollections.year(String(req.params.j), q.year));
    },
  );
  api.post(
    '/jurisdictions/:j/policy-collections/:month',
    {
      ...scoped,
      permission: 'visit.record',
      summary:
        '每月政策收集: staff of the collecting group record a month (this one or earlier) once — the catalogue policies collected, or none, and a note',
      body: {
        type: 'object',
        required: ['policyIds'],
        additionalProperties: false,
        properties: {
          policyIds: { type: 'array', maxItems: 200, items: { type: 'string', maxLength: 100 } },
          note: { type: 'string', maxLength: 500 },
        },
      },
      response: policyCollectionMonthSchema,
      status: 201,
    },
    async (req, res) => {
      const j = String(req.params.j);
      const month = String(req.params.month);
      res.status(201).json(await policyCollections.record(j, month, req.body, actorOf(req)));
    },
  );
}
