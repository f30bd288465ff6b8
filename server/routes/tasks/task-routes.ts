import { actorOf } from '../../auth/authenticate.js';
import { routeTask } from '../../auth/tenant-guard.js';
import type { ApiRouter } from '../../openapi/api-router.js';
import type { RouteDeps } from '../route-deps.js';
import { taskDetailSchema, taskSchema } from '../../../runtime/contract/tasks.js';
import { mustBeClaimed, taskDetail } from './task-detail.js';
import { presentTask } from './task-view.js';

/** One task: read it with its form and case, claim, release, complete. */
export function taskRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { tasks } = deps.platform;
  const present = presentTask.bind(null, deps.platform);
  const work = {
    permission: 'task.work',
    tenant: { task: 'id' },
    tag: 'tasks',
    response: taskSchema,
  } as const;

  api.get(
    '/tasks/:id',
    {
      ...work,
      summary:
        'A task with its form and case, the actions the caller may take on it (the mechanism decides 延期 and the 退回 path), its case’s extension requests and who completed it',
      response: taskDetailSchema,
    },
    async (req, res) => {
      res.json(await taskDetail(deps.platform, routeTask(req), actorOf(req)));
    },
  );
  api.post('/tasks/:id/claim', { ...work, summary: 'Claim a task' }, async (req, res) => {
    const task = routeTask(req);
    res.json(await present(await tasks.claim(task.id, actorOf(req))));
  });
  api.post('/tasks/:id/unclaim', { ...work, summary: 'Release a claimed task' }, async (req, res) => {
    const task = routeTask(req);
    res.json(await present(await tasks.release(task.id, actorOf(req))));
  });
  api.post(
    '/tasks/:id/complete',
    {
      ...work,
      summary:
        "Complete a claimed task (409 `task_not_claimed` before a claim); `data` is validated against the task's form",
      body: {
        type: 'object',
        required: ['data'],
        additionalProperties: false,
        properties: { data: { type: 'object' } },
      },
    },
    async (req, res) => {
      const task = routeTask(req);
      mustBeClaimed(task);
      const data = (req.body as { data: unknown }).data;
      res.json(await present(await tasks.complete(task.id, data, actorOf(req))));
    },
  );
}
