import type { Actor } from '../../runtime/cases/actor.js';
import { NotFoundError } from '../../runtime/common/errors.js';
import type { TaskRecord } from '../../runtime/store/records.js';
import type { TaskRepository } from '../../runtime/store/store.js';
import { caseScope } from './permissions.js';

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
