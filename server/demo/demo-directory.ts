import type { FromSchema } from 'json-schema-to-ts';
import type { demoUserSchema } from '../../runtime/contract/auth.js';
import type { Platform } from '../../runtime/bootstrap/platform.js';
import { stableId } from '../../runtime/common/ids.js';
import { creditCodeCheckChar } from '../../runtime/forms/credit-code.js';
import type { Mutation } from '../../runtime/store/mutations.js';
import { hashPassword } from '../auth/password-hash.js';

export const demoPassword = 'Demo@2026';

/** A demo account as GET /auth/demo-users lists it. */
export type DemoUser = FromSchema<typeof demoUserSchema>;

interface Seat {
  suffix: string;
  displayName: string;
  roles: string[];
  groups: (tierGroups: string[]) => string[];
  /** The demo org unit (承办单位) the seat belongs to, so per-unit KPIs have data. */
  unit?: { name: string; kind: 'department' | 'team' };
}

const seats: Seat[] = [
  {
    suffix: 'office',
    displayName: '受理员',
    roles: ['dispatcher', 'handler'],
    groups: (g) => g.slice(0, 1),
    unit: { name: '受理中心', kind: 'department' },
  },
  {
    suffix: 'handler',
    displayName: '承办员',
    roles: ['handler'],
    groups: (g) => g.slice(1, -1),
    unit: { name: '承办部门', kind: 'department' },
  },
  {
    suffix: 'leader',
    displayName: '领导',
    roles: ['leader', 'handler'],
    groups: (g) => g.slice(-1),
    unit: { name: '领导小组', kind: 'team' },
  },
  { suffix: 'admin', displayName: '管理员', roles: ['jurisdiction-admin'], groups: () => [] },
  { suffix: 'ent', displayName: '企业用户', roles: ['enterprise'], groups: () => [] },
];

/** A valid 统一社会信用代码 (GB 32100-2015 check character) for the n-th demo enterprise. */
export function demoCreditCode(n: number): string {
  const first17 = `91330400MA2B${String(n).padStart(5, '0')}`;
  return first17 + (creditCodeCheckChar(first17) ?? '0');
}

/**
 * Demo accounts for every loaded jurisdiction (office, handler, leader, admin, enterprise) plus a
 * platform admin; per jurisdiction a demo org-unit tree (the jurisdiction, with 受理中心, 承办部门
 * and 领导小组 under it) the staff belong to, and a demo enterprise with a valid credit code.
 * Idempotent: existing users are left as they are; units and the enterprise are upserted.
 */
export async function seedDemoDirectory(platform: Platform): Promise<DemoUser[]> {
  const { store } = platform;
  const users: DemoUser[] = [
    {
      username: 'admin',
      password: demoPassword,
      displayName: '平台管理员',
      roles: ['platform-admin'],
      jurisdiction: null,
    },
  ];
  const writes: Mutation[] = [];
  const hash = await hashPassword(demoPassword);
  if (!(await store.directory.userByUsername('admin'))) {
    writes.push({
      kind: 'user.upsert',
      record: {
        id: 'user-admin',
        jurisdiction: null,
        username: 'admin',
        displayName: '平台管理员',
        roles: ['platform-admin'],
        groups: [],
        orgUnitId: null,
        enterpriseId: null,
        passwordHash: hash,
        disabledAt: null,
        mustChangePassword: false,
        passwordChangedAt: null,
      },
    });
  }
  for (const [index, j] of (await store.definitions.jurisdictions()).entries()) {
    const { mechanism } = await platform.catalog.current(j);
    const tierGroups = [...mechanism.tiers].sort((a, b) => a.order - b.order).map((t) => t.group);
    const allGroups = [...new Set(tierGroups.concat(mechanism.groups.map((g) => g.id)))];
    const enterpriseId = stableId('ent', j, 'demo');
    writes.push({
      kind: 'enterprise.upsert',
      record: {
        id: enterpriseId,
        jurisdiction: j,
        creditCode: demoCreditCode(index + 1),
        name: `${mechanism.name.zh}示范企业有限公司`,
        scale: '规上',
        industry: 'industrial',
        area: null,
        tags: ['demo'],
      },
    });
    const root = stableId('ou', j, 'demo');
    writes.push({
      kind: 'orgUnit.upsert',
      record: { id: root, jurisdiction: j, parentId: null, name: mechanism.name.zh, kind: 'district' },
    });
    for (const seat of seats)
      if (seat.unit)
        writes.push({
          kind: 'orgUnit.upsert',
          record: {
            id: stableId('ou', j, seat.suffix),
            jurisdiction: j,
            parentId: root,
            name: seat.unit.name,
            kind: seat.unit.kind,
          },
        });
    for (const seat of seats) {
      const username = `${j}-${seat.suffix}`;
      const displayName = `${mechanism.name.zh}${seat.displayName}`;
      users.push({
        username,
        password: demoPassword,
        displayName,
        roles: seat.roles,
        jurisdiction: j,
        jurisdictionName: mechanism.name.zh,
      });
      if (await store.directory.userByUsername(username)) continue;
      const groups =
        seat.suffix === 'handler'
          ? allGroups.filter((g) => !tierGroups.slice(0, 1).includes(g) && g !== tierGroups.at(-1))
          : seat.groups(tierGroups);
      writes.push({
        kind: 'user.upsert',
        record: {
          id: stableId('user', username),
          jurisdiction: j,
          username,
          displayName,
          roles: seat.roles,
          groups,
          orgUnitId: seat.unit ? stableId('ou', j, seat.suffix) : null,
          enterpriseId: seat.suffix === 'ent' ? enterpriseId : null,
          passwordHash: hash,
          disabledAt: null,
          mustChangePassword: false,
          passwordChangedAt: null,
        },
      });
    }
  }
  if (writes.length) await store.transact(writes);
  return users;
}
