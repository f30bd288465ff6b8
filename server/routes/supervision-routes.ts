import { supervisionOrderSchema } from '../../runtime/contract/operations.js';
import type { RequestHandler } from 'express';
import type { Actor } from '../../runtime/cases/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { routeCase } from '../auth/tenant-guard.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';

const orderSchema = supervisionOrderSchema;

/** The routes of one case, in the case's jurisdiction. */
const onCase = { tenant: { case: 'id' }, tag: 'supervision' } as const;

export function supervisionRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, supervision } = deps.platform;
  /** A handler that records something on the route's case as the caller: 201 with the record. */
  const recording =
    (record: (caseId: string, body: unknown, actor: Actor) => Promise<unknown>): RequestHandler =>
    async (req, res) => {
      res.status(201).json(await record(routeCase(req).id, req.body, actorOf(req)));
    };
  api.post(
    '/cases/:id/supervision',
    {
      ...onCase,
      permission: 'case.supervise',
      summary:
        'Issue a supervision order (督办单) or a leader instruction (领导批示) with its own working-day deadline',
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
    recording((caseId, body, actor) => supervision.issue(caseId, body, actor)),
  );
  api.post(
    '/cases/:id/revisits',
    {
      ...onCase,
      summary:
        '回访督导: a revisit group records the enterprise’s satisfaction and how the mechanism was carried out on a case (open or closed; it never holds the case), and hands 推诿扯皮 / 不担当不作为 over (移交)',
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
    recording((caseId, body, actor) => supervision.revisit(caseId, body, actor)),
  );
  api.get(
    '/cases/:id/supervision',
    {
      ...onCase,
      permission: 'case.read',
      summary: 'Supervision orders (督办单 / 领导批示) of a case, with who issued and who answered by name',
      response: { type: 'array', items: orderSchema },
    },
    async (req, res) => {
      const kase = routeCase(req);
      const orders = await store.supervision.forCase(kase.id);
      const name = async (id: string | null) =>
        id ? ((await store.directory.user(id))?.displayName ?? null) : null;
      res.json(
        await Promise.all(
          orders.map(async (o) => ({
            ...o,
            issuedByName: await name(o.issuedBy),
            answeredByName: await name(o.answeredBy),
          })),
        ),
      );
    },
  );
}
