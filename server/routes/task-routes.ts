import type { Request } from 'express';
import type { Actor } from '../../runtime/cases/actor.js';
import { NotFoundError } from '../../runtime/common/errors.js';
import type { TaskRecord } from '../../runtime/store/records.js';
import type { TaskQuery } from '../../runtime/store/store.js';
import { actorOf } from '../auth/authenticate.js';
import { assertTaskVisible } from '../auth/tenant-guard.js';
import type { ApiRouter } from '../openapi/api-router.js';
import { markDeadline } from './deadline-marks.js';
import type { RouteDeps } from './route-deps.js';
import { pageOf, paging, pagingQuery, taskSchema } from './schemas.js';

type Scope = 'mine' | 'group' | 'unassigned' | 'overdue';

function scopeQuery(scope: Scope, actor: Actor, now: string): Omit<TaskQuery, 'jurisdiction'> {
  switch (scope) {
    case 'mine':
      return { assignee: actor.id };
    case 'unassigned':
      return { groups: actor.groups, unassigned: true };
    case 'overdue':
      return { groups: actor.groups, assignee: actor.id, dueBefore: now };
    default:
      return { groups: actor.groups, assignee: actor.id };
  }
}

export function taskRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, cases, catalog, clock } = deps.platform;

  const present = async (task: TaskRecord) => {
    const kase = await store.cases.get(task.caseId);
    const left = task.status === 'open' ? await cases.workingDaysLeft(task.jurisdiction, task.dueAt) : null;
    return markDeadline(deps.platform, { ...task, caseTitle: kase?.title ?? '', workingDaysLeft: left });
  };
  const visibleTask = async (req: Request) => {
    const task = await store.tasks.get(String(req.params.id));
    if (!task) throw new NotFoundError('task not found');
    assertTaskVisible(actorOf(req), task);
    return task;
  };

  api.get(
    '/tasks',
    {
      summary: 'Inbox: my tasks, my groups’ tasks, unclaimed, overdue — with counts',
      tag: 'tasks',
      query: {
        type: 'object',
        properties: {
          scope: { type: 'string', enum: ['mine', 'group', 'unassigned', 'overdue'] },
          status: { type: 'string', enum: ['open', 'completed', 'cancelled'] },
          ...pagingQuery,
        },
      },
      response: {
        ...pageOf(taskSchema),
        properties: { ...(pageOf(taskSchema).properties as object), counts: { type: 'object' } },
      },
    },
    async (req, res) => {
      const actor = actorOf(req);
      const jurisdiction = actor.jurisdiction ?? '';
      const q = req.query as Record<string, string>;
      const now = clock.now().toISOString();
      const status = (q.status ?? 'open') as TaskRecord['status'];
      const scope = (q.scope ?? 'group') as Scope;
      const page = await store.tasks.list({
        jurisdiction,
        status,
        ...scopeQuery(scope, actor, now),
        ...paging(q),
      });
      const count = async (s: Scope) =>
        (await store.tasks.list({ jurisdiction, status: 'open', ...scopeQuery(s, actor, now), limit: 1 }))
          .total;
      const counts = {
        mine: await count('mine'),
        group: await count('group'),
        unassigned: await count('unassigned'),
        overdue: await count('overdue'),
      };
      res.json({ items: await Promise.all(page.items.map(present)), total: page.total, counts });
    },
  );
  api.get('/tasks/:id', { summary: 'A task with its form and case', tag: 'tasks' }, async (req, res) => {
    const task = await visibleTask(req);
    const kase = await store.cases.get(task.caseId);
    const form =
      task.formKey && kase
        ? ((await catalog.version(kase.jurisdiction, kase.definitionVersion)).forms.get(task.formKey) ?? null)
        : null;
    res.json({ task: await present(task), form, case: kase });
  });
  api.post(
    '/tasks/:id/claim',
    { summary: 'Claim a task', tag: 'tasks', response: taskSchema },
    async (req, res) => {
      const task = await visibleTask(req);
      res.json(await present(await cases.claim(task.id, actorOf(req))));
    },
  );
  api.post(
    '/tasks/:id/unclaim',
    { summary: 'Release a claimed task', tag: 'tasks', response: taskSchema },
    async (req, res) => {
      const task = await visibleTask(req);
      res.json(await present(await cases.claim(task.id, actorOf(req), true)));
    },
  );
  api.post(
    '/tasks/:id/complete',
    {
      summary: "Complete a task; `data` is validated against the task's form",
      tag: 'tasks',
      body: {
        type: 'object',
        required: ['data'],
        additionalProperties: false,
        properties: { data: { type: 'object' } },
      },
      response: taskSchema,
    },
    async (req, res) => {
      const task = await visibleTask(req);
      res.json(
        await present(await cases.completeTask(task.id, (req.body as { data: unknown }).data, actorOf(req))),
      );
    },
  );
}
