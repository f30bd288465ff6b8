import { actorOf } from '../auth/authenticate.js';
import { routeCase } from '../auth/tenant-guard.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';

const orderSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    caseId: { type: 'string' },
    kind: { type: 'string', enum: ['supervision', 'leader-instruction'] },
    instruction: { type: 'string' },
    targetGroup: { type: 'string' },
    dueAt: { type: 'string' },
    status: { type: 'string', enum: ['open', 'answered', 'withdrawn'] },
    answer: { type: ['string', 'null'] },
  },
};

export function supervisionRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, supervision } = deps.platform;
  api.post(
    '/cases/:id/supervision',
    {
      permission: 'case.supervise',
      tenant: { case: 'id' },
      summary:
        'Issue a supervision order (督办单) or a leader instruction (领导批示) with its own working-day deadline',
      tag: 'supervision',
      body: {
        type: 'object',
        required: ['instruction', 'targetGroup'],
        additionalProperties: false,
        properties: {
          kind: { type: 'string', enum: ['supervision', 'leader-instruction'] },
          instruction: { type: 'string', minLength: 2, maxLength: 2000 },
          targetGroup: { type: 'string', maxLength: 64 },
          workingDays: { type: 'integer', minimum: 1, maximum: 60 },
        },
      },
      response: orderSchema,
      status: 201,
    },
    async (req, res) => {
      const kase = routeCase(req);
      res.status(201).json(await supervision.issue(kase.id, req.body, actorOf(req)));
    },
  );
  api.post(
    '/cases/:id/revisits',
    {
      tenant: { case: 'id' },
      summary:
        '回访督导: a revisit group records the enterprise’s satisfaction and how the mechanism was carried out on a case (open or closed; it never holds the case), and hands 推诿扯皮 / 不担当不作为 over (移交)',
      tag: 'supervision',
      permission: 'case.supervise',
      body: {
        type: 'object',
        required: ['implementation'],
        additionalProperties: false,
        properties: {
          level: { type: ['string', 'null'], maxLength: 64 },
          implementation: { type: 'string', minLength: 2, maxLength: 2000 },
          transfer: {
            type: ['object', 'null'],
            required: ['conduct', 'unit', 'to', 'note'],
            additionalProperties: false,
            properties: {
              conduct: { type: 'string', enum: ['shirking', 'inaction'] },
              unit: { type: 'string', maxLength: 64 },
              to: { type: 'string', minLength: 2, maxLength: 100 },
              note: { type: 'string', minLength: 2, maxLength: 2000 },
            },
          },
        },
      },
      response: { type: 'object', properties: { revisitId: { type: 'string' } } },
      status: 201,
    },
    async (req, res) => {
      const kase = routeCase(req);
      res.status(201).json(await supervision.revisit(kase.id, req.body, actorOf(req)));
    },
  );
  api.get(
    '/cases/:id/supervision',
    {
      permission: 'case.read',
      tenant: { case: 'id' },
      summary: 'Supervision orders of a case',
      tag: 'supervision',
      response: { type: 'array', items: orderSchema },
    },
    async (req, res) => {
      const kase = routeCase(req);
      res.json(await store.supervision.forCase(kase.id));
    },
  );
}
