import { deliveryWays } from '../../runtime/cases/policy-notice-service.js';
import { NotFoundError } from '../../runtime/common/errors.js';
import { actorOf } from '../auth/authenticate.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';
import { listFilters, paging } from './paging.js';
import { pageOf, pagingQuery } from '../../runtime/contract/common.js';
import {
  policyNoticeSchema as noticeSchema,
  pushResultSchema,
} from '../../runtime/contract/policy-notices.js';

const idParam = { type: 'string', maxLength: 100 };

/** The routes of one jurisdiction's service programmes. */
const scoped = { tenant: { param: 'j' }, tag: 'services' } as const;

/** 送政策 / 政策告知书: push a catalogue policy, officers record delivery, enterprises confirm reading. */
export function policyNoticeRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { policyNotices } = deps.platform;
  api.post(
    '/jurisdictions/:j/policies/:policyId/push',
    {
      ...scoped,
      permission: 'policy.push',
      summary:
        '送政策: push a catalogue policy in force to every enterprise that qualifies, one 政策告知书 each for its paired officers; pushing again creates nothing for enterprises already reached',
      response: pushResultSchema,
    },
    async (req, res) => {
      const j = String(req.params.j);
      res.json(await policyNotices.push(j, String(req.params.policyId), actorOf(req)));
    },
  );
  api.get(
    '/jurisdictions/:j/policy-notices',
    {
      ...scoped,
      permission: 'visit.read',
      summary:
        '政策告知书 with delivery and read receipts, newest push first (officerId: the notices it delivers)',
      query: {
        type: 'object',
        properties: {
          policyId: idParam,
          enterpriseId: idParam,
          officerId: idParam,
          ...pagingQuery,
        },
      },
      response: pageOf(noticeSchema),
    },
    async (req, res) => {
      const filters = listFilters(req.query, ['policyId', 'enterpriseId', 'officerId']);
      res.json(await policyNotices.list({ jurisdiction: String(req.params.j), ...filters }));
    },
  );
  api.post(
    '/jurisdictions/:j/policy-notices/:id/delivery',
    {
      ...scoped,
      permission: 'visit.record',
      summary:
        '送达: a paired officer (or the hub) records how the 政策告知书 reached the enterprise and who acknowledged it',
      body: {
        type: 'object',
        required: ['way', 'acknowledgedBy'],
        additionalProperties: false,
        properties: {
          way: { type: 'string', enum: [...deliveryWays] },
          acknowledgedBy: { type: 'string', minLength: 1, maxLength: 50 },
          at: { type: 'string', maxLength: 40 },
        },
      },
      response: noticeSchema,
    },
    async (req, res) => {
      const j = String(req.params.j);
      res.json(await policyNotices.deliver(j, String(req.params.id), req.body, actorOf(req)));
    },
  );
  api.get(
    '/jurisdictions/:j/my/policy-notices',
    {
      ...scoped,
      permission: 'policy.receive',
      summary: 'The enterprise’s own pushed policies (惠企政策直达), newest first, with its read receipts',
      query: { type: 'object', properties: { ...pagingQuery } },
      response: pageOf(noticeSchema),
    },
    async (req, res) => {
      const j = String(req.params.j);
      const actor = actorOf(req);
      if (!actor.enterpriseId) throw new NotFoundError('enterprise not found');
      const q = req.query as Record<string, string>;
      res.json(await policyNotices.list({ jurisdiction: j, enterpriseId: actor.enterpriseId, ...paging(q) }));
    },
  );
  api.post(
    '/jurisdictions/:j/policy-notices/:id/read',
    {
      ...scoped,
      permission: 'policy.receive',
      summary: '回执: the enterprise confirms it read a policy pushed to it (the first receipt is kept)',
      response: noticeSchema,
    },
    async (req, res) => {
      const j = String(req.params.j);
      res.json(await policyNotices.read(j, String(req.params.id), actorOf(req)));
    },
  );
}
