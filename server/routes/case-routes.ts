import { actorOf } from '../auth/authenticate.js';
import { caseScope } from '../auth/permissions.js';
import { routeCase } from '../auth/tenant-guard.js';
import { auditAlong } from '../http/audit-trail.js';
import type { ApiRouter } from '../openapi/api-router.js';
import { withActorNames, withAssigneeNames } from './actor-names.js';
import { markDeadline } from './deadline-marks.js';
import type { RouteDeps } from './route-deps.js';
import { paging } from './paging.js';
import { acceptedSchema, pageOf, pagingQuery } from '../../runtime/contract/common.js';
import {
  caseSchema,
  newCaseSchema as submitBody,
  newRatingSchema,
  ratingSchema,
} from '../../runtime/contract/cases.js';
import { caseDetailSchema } from '../../runtime/contract/case-detail.js';
import { NotAllowedError } from '../../runtime/common/errors.js';
import { enterpriseCase, enterpriseCaseView } from '../../runtime/cases/enterprise-view.js';
import { withStepFields } from '../../runtime/cases/handling-record.js';

export function caseRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { cases, store } = deps.platform;

  api.post(
    '/jurisdictions/:j/cases',
    {
      permission: 'case.submit',
      tenant: { param: 'j' },
      summary: 'Submit a request (诉求); `Idempotency-Key` header makes retries safe',
      tag: 'cases',
      body: submitBody,
      response: caseSchema,
      status: 201,
    },
    async (req, res) => {
      const actor = actorOf(req);
      const j = String(req.params.j);
      if (actor.roles.includes('leader') && actor.roles.length === 1)
        throw new NotAllowedError('leaders do not submit requests');
      const body = req.body as {
        channel: string;
        title: string;
        data: unknown;
        enterpriseId?: string | null;
      };
      const key = req.header('idempotency-key');
      // the audit entry of a new case commits with it (no commit of its own)
      const along = auditAlong(req, 201, deps.platform.clock);
      const created = await cases.submit(
        {
          jurisdiction: j,
          channel: body.channel,
          title: body.title,
          data: body.data,
          enterpriseId: actor.roles.includes('enterprise') ? actor.enterpriseId : (body.enterpriseId ?? null),
          ...(key ? { idempotencyKey: key } : {}),
          alongside: () => [along.mutation()],
        },
        actor,
      );
      along.committed();
      res.status(201).json(markDeadline(deps.platform, created));
    },
  );
  api.get(
    '/jurisdictions/:j/cases',
    {
      permission: 'case.list',
      tenant: { param: 'j' },
      summary: 'List cases (enterprise users see their own)',
      tag: 'cases',
      query: {
        type: 'object',
        properties: {
          status: { type: 'string', enum: ['open', 'closed', 'refused'] },
          mine: { type: 'string', enum: ['true', 'false'] },
          ...pagingQuery,
        },
      },
      response: pageOf(caseSchema),
    },
    async (req, res) => {
      const actor = actorOf(req);
      const j = String(req.params.j);
      const q = req.query as Record<string, string>;
      // enterprises and handlers list their own submissions; handlers find their work in the inbox
      const own = caseScope(actor) !== 'jurisdiction' || q.mine === 'true';
      const page = await store.cases.list({
        jurisdiction: j,
        ...(q.status ? { status: q.status as 'open' } : {}),
        ...(own ? { submittedBy: actor.id } : {}),
        ...paging(q),
      });
      res.json(
        caseScope(actor) === 'enterprise'
          ? { ...page, items: page.items.map((c) => enterpriseCase(markDeadline(deps.platform, c))) }
          : { ...page, items: page.items.map((c) => markDeadline(deps.platform, c)) },
      );
    },
  );
  api.get(
    '/cases/:id',
    {
      permission: 'case.read',
      tenant: { case: 'id' },
      summary:
        'Case detail with timeline, tasks, rating, attachments and working days left; an enterprise sees its own view: public timeline steps, no tasks, comments, groups or staff ids',
      tag: 'cases',
      response: caseDetailSchema,
    },
    async (req, res) => {
      const detail = await cases.detail(routeCase(req).id);
      const attachments = await store.attachments.forCase(detail.case.id);
      const actor = actorOf(req);
      // each step is read with the forms of the case's own version (办理经过)
      const active = await deps.platform.catalog.version(
        detail.case.jurisdiction,
        detail.case.definitionVersion,
      );
      const step = { forms: active.forms, mechanism: active.mechanism, tasks: detail.tasks };
      const marked = {
        ...detail,
        case: markDeadline(deps.platform, detail.case),
        tasks: detail.tasks.map((t) => markDeadline(deps.platform, t)),
      };
      res.json(
        caseScope(actor) === 'enterprise'
          ? enterpriseCaseView(marked, attachments, actor.id, step)
          : {
              ...marked,
              timeline: withStepFields(await withActorNames(store, detail.timeline), step, 'internal'),
              tasks: await withAssigneeNames(store, marked.tasks),
              attachments,
            },
      );
    },
  );
  api.post(
    '/cases/:id/rating',
    {
      permission: 'case.rate',
      tenant: { case: 'id' },
      summary: "Rate an answered case on the jurisdiction's scale",
      tag: 'cases',
      body: newRatingSchema,
      response: ratingSchema,
      status: 201,
    },
    async (req, res) => {
      res.status(201).json(await cases.rate(routeCase(req).id, req.body, actorOf(req)));
    },
  );
  api.post(
    '/cases/:id/supplement',
    {
      permission: 'case.supplement',
      tenant: { case: 'id' },
      summary: 'Provide supplementary materials (补充材料) requested by the office',
      tag: 'cases',
      body: {
        type: 'object',
        required: ['data'],
        additionalProperties: false,
        properties: { data: { type: 'object' } },
      },
      response: acceptedSchema,
      status: 202,
    },
    async (req, res) => {
      await cases.supplement(routeCase(req).id, (req.body as { data: unknown }).data, actorOf(req));
      res.status(202).json({ accepted: true });
    },
  );
}
