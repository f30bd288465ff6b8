import type { Platform } from '../../runtime/bootstrap/platform.js';
import { stableId } from '../../runtime/common/ids.js';
import type { Mutation } from '../../runtime/store/mutations.js';
import { hashPassword } from '../auth/password-hash.js';

export const demoPassword = 'Demo@2026';

export interface DemoUser {
  username: string;
  password: string;
  displayName: string;
  roles: string[];
  jurisdiction: string | null;
}

interface Seat {
  suffix: string;
  displayName: string;
  roles: string[];
  groups: (tierGroups: string[]) => string[];
}

const seats: Seat[] = [
  { suffix: 'office', displayName: '受理员', roles: ['dispatcher', 'handler'], groups: (g) => g.slice(0, 1) },
  { suffix: 'handler', displayName: '承办员', roles: ['handler'], groups: (g) => g.slice(1, -1) },
  { suffix: 'leader', displayName: '领导', roles: ['leader', 'handler'], groups: (g) => g.slice(-1) },
  { suffix: 'admin', displayName: '管理员', roles: ['jurisdiction-admin'], groups: () => [] },
  { suffix: 'ent', displayName: '企业用户', roles: ['enterprise'], groups: () => [] },
];

/**
 * Demo accounts for every loaded jurisdiction (office, handler, leader, admin, enterprise) plus a
 * platform admin. Idempotent: existing users are left as they are.
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
      },
    });
  }
  for (const j of await store.definitions.jurisdictions()) {
    const { mechanism } = await platform.catalog.current(j);
    const tierGroups = [...mechanism.tiers].sort((a, b) => a.order - b.order).map((t) => t.group);
    const allGroups = [...new Set(tierGroups.concat(mechanism.groups.map((g) => g.id)))];
    const enterpriseId = stableId('ent', j, 'demo');
    writes.push({
      kind: 'enterprise.upsert',
      record: {
        id: enterpriseId,
        jurisdiction: j,
        creditCode: '91330400MA2B000001',
        name: `${mechanism.name.zh}示范企业有限公司`,
        scale: '规上',
        industry: 'industrial',
        area: null,
        tags: ['demo'],
      },
    });
    for (const seat of seats) {
      const username = `${j}-${seat.suffix}`;
      const displayName = `${mechanism.name.zh}${seat.displayName}`;
      users.push({ username, password: demoPassword, displayName, roles: seat.roles, jurisdiction: j });
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
          orgUnitId: null,
          enterpriseId: seat.suffix === 'ent' ? enterpriseId : null,
          passwordHash: hash,
        },
      });
    }
  }
  if (writes.length) await store.transact(writes);
  return users;
}
