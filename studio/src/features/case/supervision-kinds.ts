import type { SupervisionKind } from '../../api/case-work-client';
import type { Definition } from '../../api/types';

/**
 * What a person may issue on a case: 督办单 where the mechanism's `supervision.issuerRoles` name one
 * of their roles, 领导批示 for leaders (the server checks the same).
 */
export function supervisionKinds(
  roles: readonly string[],
  issuerRoles: readonly string[],
): SupervisionKind[] {
  return [
    ...(roles.includes('leader') ? (['leader-instruction'] as const) : []),
    ...(roles.some((r) => issuerRoles.includes(r)) ? (['supervision'] as const) : []),
  ];
}

/** The mechanism's `supervision.issuerRoles` (the definition schema leaves `supervision` untyped). */
export function issuerRolesOf(definition: Definition | undefined): string[] {
  const supervision = definition?.mechanism.supervision as { issuerRoles?: unknown } | undefined;
  const roles = supervision?.issuerRoles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}
