import { actorOf } from '../../auth/authenticate.js';
import { routeTask } from '../../auth/tenant-guard.js';
import type { ApiRouter } from '../../openapi/api-router.js';
import type { RouteDeps } from '../route-deps.js';
import { taskDetailSchema, taskSchema } from '../../../runtime/contract/tasks.js';
import { presentTask } from './task-view.js';

/** One task: read it with its form and case, claim, release, complete. */
export function taskRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, catalog, tasks } = deps.platform;
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
      summary: 'A task with its form and case',
      response: taskDetailSchema,
    },
    async (req, res) => {
      const task = routeTask(req);
      const kase = await store.cases.get(task.caseId);
      const form =
        task.formKey && kase
          ? ((await catalog.version(kase.jurisdiction, kase.definitionVersion)).forms.get(task.formKey) ??
            null)
          : null;
      res.json({ task: await present(task), form, case: kase });
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
      summary: "Complete a task; `data` is validated against the task's form",
      body: {
        type: 'object',
        required: ['data'],
        additionalProperties: false,
        properties: { data: { type: 'object' } },
      },
    },
    async (req, res) => {
      const task = routeTask(req);
      const data = (req.body as { data: unknown }).data;
      res.json(await present(await tasks.complete(task.id, data, actorOf(req))));
    },
  );
}
