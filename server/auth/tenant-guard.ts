import type { Actor } from '../../runtime/cases/actor.js';
import { NotFoundError } from '../../runtime/common/errors.js';

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

/** Enterprise users see only their own cases. */
export function assertCaseVisible(
  actor: Actor,
  kase: { jurisdiction: string; enterpriseId: string | null; submittedBy: string },
): void {
  assertTenant(actor, kase.jurisdiction, 'case');
  if (!actor.roles.includes('enterprise')) return;
  if (kase.submittedBy === actor.id || (actor.enterpriseId && kase.enterpriseId === actor.enterpriseId))
    return;
  throw new NotFoundError('case not found');
}
