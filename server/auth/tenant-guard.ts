import type { Request, RequestHandler } from 'express';
import type { Actor } from '../../runtime/cases/actor.js';
import { NotFoundError } from '../../runtime/common/errors.js';
import type { CaseRecord, TaskRecord } from '../../runtime/store/records.js';
import type { Store, TaskRepository } from '../../runtime/store/store.js';
import { actorOf } from './authenticate.js';
import { caseScope } from './permissions.js';

/**
 * Whose data a route touches, declared on its spec and checked by the router before the handler:
 * - `{ param }`: the jurisdiction a path parameter names (`:j`) must be the actor's;
 * - `{ case }` / `{ task }`: the case or task a path parameter names must be visible to the actor
 *   (below); the router loads it once and the handler reads it with `routeCase` / `routeTask`;
 * - `'own'`: no tenant in the request — the handler works in the actor's own jurisdiction (a
 *   platform admin: any), so an actor without one is refused;
 * - `'none'`: no tenant's data (the session, the national calendar).
 * Every refusal is 404, like an id that does not exist.
 */
export type TenantScope<Param extends string = string> =
  { param: Param } | { case: Param } | { task: Param } | 'own' | 'none';

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.roles.includes('platform-admin');
}

/**
 * Tenant isolation: a user sees only their own jurisdiction. Anything else answers 404 (not 403),
 * so ids guessed across tenants leak nothing.
 */
export function assertTenant(actor: Actor, jurisdiction: string, what = 'resource'): void {
  if (isPlatformAdmin(actor) || actor.jurisdiction === jurisdiction) return;
  throw new NotFoundError(`${what} not found`);
}

/**
 * A case is visible to its tenant's hub, leaders and admins; to the enterprise that raised it; and to
 * a handler only when it is the handler's work (a task of its groups or assigned to it, or a case it
 * submitted). Everything else answers 404 like a case that does not exist.
 */
export async function assertCaseVisible(
  actor: Actor,
  kase: { id: string; jurisdiction: string; enterpriseId: string | null; submittedBy: string },
  tasks: TaskRepository,
): Promise<void> {
  assertTenant(actor, kase.jurisdiction, 'case');
  const scope = caseScope(actor);
  if (scope === 'jurisdiction' || kase.submittedBy === actor.id) return;
  if (scope === 'enterprise') {
    if (actor.enterpriseId && kase.enterpriseId === actor.enterpriseId) return;
    throw new NotFoundError('case not found');
  }
  const work = await tasks.list({
    jurisdiction: kase.jurisdiction,
    caseId: kase.id,
    groups: actor.groups,
    assignee: actor.id,
    limit: 1,
  });
  if (work.total === 0) throw new NotFoundError('case not found');
}

/** A task is visible to its tenant's hub, leaders and admins, and to handlers of its groups or its assignee. */
export function assertTaskVisible(actor: Actor, task: TaskRecord): void {
  assertTenant(actor, task.jurisdiction, 'task');
  if (caseScope(actor) === 'jurisdiction') return;
  if (task.assignee === actor.id || task.candidateGroups.some((g) => actor.groups.includes(g))) return;
  throw new NotFoundError('task not found');
}

const loaded = new WeakMap<Request, { case?: CaseRecord; task?: TaskRecord }>();

/** The router's tenant check of one route (see `TenantScope`). */
export function tenantGuard(scope: TenantScope, store: Store): RequestHandler {
  const check = async (req: Request): Promise<void> => {
    const actor = actorOf(req);
    if (scope === 'none') return;
    if (scope === 'own') {
      if (!isPlatformAdmin(actor) && !actor.jurisdiction) throw new NotFoundError('jurisdiction not found');
    } else if ('param' in scope) {
      assertTenant(actor, String(req.params[scope.param]), 'jurisdiction');
    } else if ('case' in scope) {
      const kase = await store.cases.get(String(req.params[scope.case]));
      if (!kase) throw new NotFoundError('case not found');
      await assertCaseVisible(actor, kase, store.tasks);
      loaded.set(req, { case: kase });
    } else {
      const task = await store.tasks.get(String(req.params[scope.task]));
      if (!task) throw new NotFoundError('task not found');
      assertTaskVisible(actor, task);
      loaded.set(req, { task });
    }
  };
  return async (req, _res, next) => {
    await check(req);
    next();
  };
}

/** The case a `{ case }` route addresses, loaded and checked by the router. */
export function routeCase(req: Request): CaseRecord {
  const kase = loaded.get(req)?.case;
  if (!kase) throw new Error('routeCase: the route declares no { case } tenant');
  return kase;
}

/** The task a `{ task }` route addresses, loaded and checked by the router. */
export function routeTask(req: Request): TaskRecord {
  const task = loaded.get(req)?.task;
  if (!task) throw new Error('routeTask: the route declares no { task } tenant');
  return task;
}
