import type { JsonObject } from '../../../runtime/common/json.js';
import { actorOf } from '../../auth/authenticate.js';
import { routeCase, routeTask } from '../../auth/tenant-guard.js';
import type { ApiRouter } from '../../openapi/api-router.js';
import type { RouteDeps } from '../route-deps.js';
import { presentTask } from './task-view.js';
import { caseSchema } from '../../../runtime/contract/cases.js';
import { acceptedSchema } from '../../../runtime/contract/common.js';
import { assigneeSchema, extensionRequestSchema, taskSchema } from '../../../runtime/contract/tasks.js';
import { NotAllowedError } from '../../../runtime/common/errors.js';
import { isDispatcher } from '../../../runtime/cases/extension-service.js';
import { mustBeClaimed } from './task-detail.js';

const reason = { type: 'string', minLength: 2, maxLength: 1000 };
const body = (required: string[], properties: JsonObject): JsonObject => ({
  type: 'object',
  required,
  additionalProperties: false,
  properties,
});

/** Task work with a reason: reassign, return, extension and its decision, urging; case comments. */
export function taskActionRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { tasks: work, extensions, store } = deps.platform;
  const taskWork = { tag: 'tasks', permission: 'task.work', tenant: { task: 'id' } } as const;

  api.get(
    '/tasks/:id/assignees',
    {
      ...taskWork,
      summary: '改派 picker: the staff of the task’s jurisdiction by name and unit (the dispatcher’s)',
      response: { type: 'array', items: assigneeSchema },
    },
    async (req, res) => {
      const task = routeTask(req);
      if (!isDispatcher(actorOf(req))) throw new NotAllowedError('only the dispatcher reassigns tasks');
      const [users, units] = await Promise.all([
        store.directory.users(task.jurisdiction),
        store.directory.orgUnits(task.jurisdiction),
      ]);
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      res.json(
        users
          .filter((u) => !u.enterpriseId && !u.disabledAt)
          .map((u) => ({
            id: u.id,
            name: u.displayName,
            unit: u.orgUnitId ? (unitName.get(u.orgUnitId) ?? null) : null,
          })),
      );
    },
  );
  api.post(
    '/tasks/:id/reassign',
    {
      ...taskWork,
      summary: '改派: the dispatcher assigns the task to a staff member, with a reason',
      body: body(['assignee', 'reason'], { assignee: { type: 'string', maxLength: 100 }, reason }),
      response: taskSchema,
    },
    async (req, res) => {
      const task = routeTask(req);
      const b = req.body as { assignee: string; reason: string };
      res.json(
        await presentTask(deps.platform, await work.reassign(task.id, b.assignee, b.reason, actorOf(req))),
      );
    },
  );
  api.post(
    '/tasks/:id/return',
    {
      ...taskWork,
      summary:
        '退回 / 退单 with a reason: where the mechanism models returns (the task form offers handleOutcome "return", e.g. 湖州) the task is completed as a return and the process sends it to the dispatcher’s 退单审核 (clock stopped; `returnReason` as the form requires); elsewhere the task goes back unclaimed to its groups',
      body: body(['reason'], { reason, returnReason: { type: 'string', maxLength: 64 } }),
      response: taskSchema,
    },
    async (req, res) => {
      const task = routeTask(req);
      mustBeClaimed(task);
      const b = req.body as { reason: string; returnReason?: string };
      const returned = await work.giveBack(task.id, b.reason, actorOf(req), b.returnReason);
      res.json(await presentTask(deps.platform, returned.task));
    },
  );
  api.post(
    '/tasks/:id/extension',
    {
      ...taskWork,
      summary:
        '延期申请 by the task’s assignee: opens a 延期审批 item in the dispatcher’s inbox (409 `extension_not_allowed` where the mechanism allows none)',
      body: body(['workingDays', 'reason'], {
        workingDays: { type: 'integer', minimum: 1, maximum: 60 },
        reason,
      }),
      response: extensionRequestSchema,
      status: 201,
    },
    async (req, res) => {
      const task = routeTask(req);
      const b = req.body as { workingDays: number; reason: string };
      res.status(201).json({
        requestId: await extensions.request(task.id, b.workingDays, b.reason, actorOf(req)),
        caseId: task.caseId,
      });
    },
  );
  api.post(
    '/cases/:id/extensions/:requestId/decision',
    {
      tenant: { case: 'id' },
      tag: 'tasks',
      permission: 'task.work',
      summary:
        'The dispatcher approves (deadline moves by the working days asked) or refuses an extension request',
      body: body(['approve'], { approve: { type: 'boolean' }, reason: { type: 'string', maxLength: 1000 } }),
      response: caseSchema,
    },
    async (req, res) => {
      const kase = routeCase(req);
      const b = req.body as { approve: boolean; reason?: string };
      res.json(
        await extensions.decide(
          kase.id,
          String(req.params.requestId),
          b.approve,
          b.reason ?? '',
          actorOf(req),
        ),
      );
    },
  );
  api.post(
    '/tasks/:id/urge',
    {
      tenant: { task: 'id' },
      tag: 'tasks',
      permission: 'case.supervise',
      summary: '催办 by hand (counted with the timer’s urgings)',
      body: body([], { message: { type: 'string', maxLength: 1000 } }),
      response: acceptedSchema,
      status: 202,
    },
    async (req, res) => {
      const task = routeTask(req);
      await work.urge(task.id, String((req.body as { message?: string }).message ?? ''), actorOf(req));
      res.status(202).json({ accepted: true });
    },
  );
  api.post(
    '/cases/:id/comments',
    {
      tenant: { case: 'id' },
      tag: 'cases',
      permission: 'case.read',
      summary: 'Comment on a case (on its timeline)',
      body: body(['text'], { text: { type: 'string', minLength: 1, maxLength: 4000 } }),
      response: acceptedSchema,
      status: 201,
    },
    async (req, res) => {
      const kase = routeCase(req);
      await work.comment(kase.id, (req.body as { text: string }).text, actorOf(req));
      res.status(201).json({ accepted: true });
    },
  );
}
