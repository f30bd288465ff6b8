import type { Actor } from '../../runtime/cases/actor.js';

/**
 * The platform's roles, mapped onto directory users' `roles`:
 * - `platform-admin`: operates the platform, every jurisdiction;
 * - `jurisdiction-admin`: edits its jurisdiction's definitions, reads its audit log and reports,
 *   retries its engine incidents;
 * - `dispatcher`: the hub (企服办 / 12345 seat) — intake, review and routing, supervision orders;
 * - `handler`: departments, stations, officers, 助企员, experts, commissioners — works tasks of
 *   their org unit (candidate groups) and sees only that work;
 * - `leader`: reads reports, issues 领导批示;
 * - `coordinator`: a coordination or supervision office (e.g. 蓟州's 联席会议办公室, the 回访 staff) —
 *   sees the jurisdiction's cases, works its tasks, issues 督办单 and records 回访督导;
 * - `enterprise`: submits and rates its own cases only.
 */
export const roles = [
  'platform-admin',
  'jurisdiction-admin',
  'dispatcher',
  'handler',
  'leader',
  'coordinator',
  'enterprise',
] as const;
export type Role = (typeof roles)[number];

/** What a route does, in the policy's terms. Every authenticated route names exactly one. */
export const actions = [
  'session.self',
  'definition.read',
  'definition.edit',
  'case.submit',
  'case.list',
  /** 台账: every staff member (a handler: only its unit's cases, enforced by the route). */
  'case.ledger',
  'case.read',
  'case.rate',
  'case.supplement',
  'case.supervise',
  /** 待办 / 已办 / 全部在办: who works tasks, and leaders, who oversee every open task read-only. */
  'task.list',
  /** Claim, complete, return, reassign, extend: working a task (leaders oversee, they do not work). */
  'task.work',
  'report.read',
  'visit.record',
  'visit.read',
  'enterprise.read',
  /** 送政策: push a catalogue policy to the enterprises that qualify … */
  'policy.push',
  /** … which read what was pushed to them and confirm it (回执). */
  'policy.receive',
  'audit.read',
  'engine.incidents',
  'directory.read',
  'directory.edit',
  /** The working-day calendar (节假日管理): every staff member reads it … */
  'calendar.read',
  /** … only the platform admin enters the national arrangements. */
  'calendar.edit',
  /** 账号管理: enable, disable, initial passwords and activation links of a tenant's accounts. */
  'account.manage',
  /** 辖区管理: new jurisdictions, packages, archive and restore (platform administrators only). */
  'jurisdiction.manage',
] as const;
export type Action = (typeof actions)[number];

const staffReads: Action[] = [
  'session.self',
  'definition.read',
  'case.list',
  'case.ledger',
  'case.read',
  'visit.read',
  'calendar.read',
];

/** Role -> actions. The one table every route's authorization reads. */
export const policy: Record<Role, readonly Action[]> = {
  // operates every tenant, but does not act as an enterprise (rating, supplementing), a handler
  // (working tasks) or a leader (supervision orders, 领导批示)
  'platform-admin': actions.filter(
    (a) =>
      ![
        'case.rate',
        'case.supplement',
        'task.list',
        'task.work',
        'case.supervise',
        'policy.receive',
      ].includes(a),
  ),
  'jurisdiction-admin': [
    ...staffReads,
    'definition.edit',
    'report.read',
    'enterprise.read',
    'policy.push',
    'audit.read',
    'engine.incidents',
    'directory.read',
    'directory.edit',
    'account.manage',
  ],
  dispatcher: [
    ...staffReads,
    'case.submit',
    'case.supervise',
    'task.list',
    'task.work',
    'report.read',
    'visit.record',
    'enterprise.read',
    'policy.push',
  ],
  handler: [...staffReads, 'case.submit', 'task.list', 'task.work', 'visit.record', 'enterprise.read'],
  leader: [...staffReads, 'case.supervise', 'task.list', 'report.read', 'enterprise.read'],
  coordinator: [...staffReads, 'case.supervise', 'task.list', 'task.work', 'report.read', 'enterprise.read'],
  enterprise: [
    'session.self',
    'definition.read',
    'case.submit',
    'case.list',
    'case.read',
    'case.rate',
    'case.supplement',
    'policy.receive',
  ],
};

function isRole(role: string): role is Role {
  return (roles as readonly string[]).includes(role);
}

export function may(actor: Pick<Actor, 'roles'>, action: Action): boolean {
  return actor.roles.some((r) => isRole(r) && policy[r].includes(action));
}

/**
 * Which cases of its own jurisdiction an actor sees: every one (admins, the hub, leaders), those of
 * its enterprise, or only its own work (a handler: cases with a task of its org unit's groups, or
 * that it was assigned, or that it submitted).
 */
export type CaseScope = 'jurisdiction' | 'enterprise' | 'own-work';

export function caseScope(actor: Pick<Actor, 'roles'>): CaseScope {
  const wide: Role[] = ['platform-admin', 'jurisdiction-admin', 'dispatcher', 'leader', 'coordinator'];
  if (actor.roles.some((r) => (wide as string[]).includes(r))) return 'jurisdiction';
  if (actor.roles.includes('enterprise')) return 'enterprise';
  return 'own-work';
}
