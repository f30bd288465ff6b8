import type { User } from '../api/types';

// Role names as the server's directory assigns them.
export const roles = {
  enterprise: 'enterprise',
  dispatcher: 'dispatcher',
  handler: 'handler',
  leader: 'leader',
  jurisdictionAdmin: 'jurisdiction-admin',
  platformAdmin: 'platform-admin',
} as const;

const has = (user: User | null, role: string) => Boolean(user?.roles.includes(role));

export const isEnterprise = (u: User | null) => has(u, roles.enterprise);
export const isStaff = (u: User | null) => has(u, roles.dispatcher) || has(u, roles.handler);
export const isLeader = (u: User | null) => has(u, roles.leader);
export const isAdmin = (u: User | null) => has(u, roles.jurisdictionAdmin) || has(u, roles.platformAdmin);
/** Operates the whole platform: the national calendar is theirs to edit. */
export const isPlatformAdmin = (u: User | null) => has(u, roles.platformAdmin);
/** Leaders and administrators read the monthly reports. */
/** 催办 by hand: the 企服办 dispatcher and leaders (server permission case.supervise). */
export const canSupervise = (u: User | null) => has(u, roles.dispatcher) || has(u, roles.leader);
export const canReadReports = (u: User | null) => isLeader(u) || isAdmin(u);
