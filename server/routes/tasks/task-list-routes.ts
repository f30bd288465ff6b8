import type { Actor } from '../../../runtime/cases/actor.js';
import type { TaskRecord } from '../../../runtime/store/records.js';
import type { TaskQuery, TaskSort } from '../../../runtime/store/store.js';
import { actorOf } from '../../auth/authenticate.js';
import type { ApiRouter } from '../../openapi/api-router.js';
import type { RouteDeps } from '../route-deps.js';
import { paging } from '../paging.js';
import {
  taskListQuerySchema as listQuery,
  taskPageSchema,
  taskScopes as scopes,
  type taskViews,
} from '../../../runtime/contract/tasks.js';
import { NotAllowedError } from '../../../runtime/common/errors.js';
import { caseScope, may } from '../../auth/permissions.js';
import { presentTask } from './task-view.js';

type Scope = (typeof scopes)[number];
type View = (typeof taskViews)[number];

/**
 * Whose tasks a view lists: mine; my groups' and mine; unclaimed of my groups; overdue of those;
 * 已办 — the tasks I completed, latest first; 全部 — every task of the jurisdiction (the hub's view).
 */
function scopeQuery(scope: View, actor: Actor, now: string): Omit<TaskQuery, 'jurisdiction'> {
  // a leader oversees: it reads 全部在办 and has no work of its own to list (nor to claim or complete)
  if (scope !== 'all' && !may(actor, 'task.work'))
    throw new NotAllowedError(
      'only those who work tasks have 待办 and 已办; leaders read 全部在办 (scope=all)',
    );
  switch (scope) {
    case 'done':
      return { completedBy: actor.id, status: 'completed', sort: '-completed' };
    case 'all':
      if (caseScope(actor) !== 'jurisdiction')
        throw new NotAllowedError('only the hub, leaders and admins see every task of the jurisdiction');
      return {};
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

/** The one task list (待办): scopes with their open counts, filters, sorting, paging. */
export function taskListRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, clock, catalog } = deps.platform;
  api.get(
    '/tasks',
    {
      permission: 'task.list',
      tenant: 'own',
      summary:
        'Task list (待办): scope mine / group / unassigned / overdue with the open count of each scope, done (已办), all (全部在办: the hub, leaders read-only); due within N working days, by class / tier / channel / enterprise; sorted and paged',
      tag: 'tasks',
      query: listQuery,
      response: taskPageSchema,
    },
    async (req, res) => {
      const actor = actorOf(req);
      const q = req.query as Record<string, string>;
      const now = clock.now();
      const jurisdiction = actor.jurisdiction ?? '';
      const scoped = (scope: View) => scopeQuery(scope, actor, now.toISOString());
      const query: TaskQuery = {
        jurisdiction,
        status: (q.status ?? 'open') as TaskRecord['status'],
        sort: (q.sort ?? 'due') as TaskSort,
        ...scoped((q.scope ?? 'group') as View),
        ...paging(q),
      };
      if (q.dueWithinWorkingDays !== undefined) {
        const { calendar } = await catalog.current(jurisdiction);
        query.dueFrom = now.toISOString();
        // due by the end of the N-th working day (inclusive)
        query.dueBefore = new Date(
          calendar.addWorkingDays(now, Number(q.dueWithinWorkingDays)).getTime() + 1,
        ).toISOString();
      }
      for (const key of ['requestClass', 'tier', 'channel', 'enterpriseId'] as const)
        if (q[key]) query[key] = q[key];
      const found = await store.tasks.list(query);
      const count = async (s: Scope) =>
        (await store.tasks.list({ jurisdiction, status: 'open', ...scoped(s), limit: 1 })).total;
      // a leader has no scopes of its own: they count 0
      const works = may(actor, 'task.work');
      const counts = Object.fromEntries(
        await Promise.all(scopes.map(async (s) => [s, works ? await count(s) : 0])),
      );
      const items = await Promise.all(found.items.map((t) => presentTask(deps.platform, t)));
      res.json({ items, total: found.total, counts });
    },
  );
}
