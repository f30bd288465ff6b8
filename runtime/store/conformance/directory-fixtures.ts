import type { EnterpriseRecord, OrgUnitRecord, UserRecord } from '../records.js';

/** Builders for directory records with complete, valid defaults. */
export function aUser(overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id: 'user-1',
    jurisdiction: 'hz',
    username: 'zhang.san',
    displayName: '张三',
    roles: ['staff'],
    groups: ['intake', 'policy'],
    orgUnitId: 'ou-1',
    enterpriseId: null,
    passwordHash: 'scrypt$abc',
    ...overrides,
  };
}

export function anOrgUnit(overrides: Partial<OrgUnitRecord> = {}): OrgUnitRecord {
  return { id: 'ou-1', jurisdiction: 'hz', parentId: null, name: '营商办', kind: 'office', ...overrides };
}

export function anEnterprise(overrides: Partial<EnterpriseRecord> = {}): EnterpriseRecord {
  return {
    id: 'ent-1',
    jurisdiction: 'hz',
    creditCode: '91330100MA0000001X',
    name: '杭州示例科技有限公司',
    scale: 'small',
    industry: 'software',
    area: 'xihu',
    tags: ['high-tech'],
    ...overrides,
  };
}
