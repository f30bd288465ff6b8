import type { User } from '../api/types';
import { canReadReports, isAdmin, isEnterprise, isLeader, isStaff } from '../session';

/** Where a user lands after signing in: enterprises submit, leaders read reports, staff work the inbox. */
export function landingRoute(user: User | null): string {
  if (isEnterprise(user)) return 'enterprise';
  if (isLeader(user)) return 'reports';
  if (isStaff(user)) return 'inbox';
  if (isAdmin(user)) return 'admin';
  if (canReadReports(user)) return 'reports';
  return 'inbox';
}
