import type { EnterpriseRecord, OrgUnitRecord, UserRecord } from '../records.js';
import { builder } from './store-fixture.js';

/** Builders for directory records with complete, valid defaults. */
export const aUser = builder<UserRecord>(() => ({
  id: 'user-1',
  jurisdiction: 'hz',
  username: 'zhang.san',
  displayName: '张三',
  roles: ['staff'],
  groups: ['intake', 'policy'],
  orgUnitId: 'ou-1',
  enterpriseId: null,
  passwordHash: 'scrypt$abc',
  disabledAt: null,
  mustChangePassword: false,
  passwordChangedAt: null,
}));

export const anOrgUnit = builder<OrgUnitRecord>(() => ({
  id: 'ou-1',
  jurisdiction: 'hz',
  parentId: null,
  name: '营商办',
  kind: 'office',
}));

export const anEnterprise = builder<EnterpriseRecord>(() => ({
  id: 'ent-1',
  jurisdiction: 'hz',
  creditCode: '91330100MA0000001X',
  name: '杭州示例科技有限公司',
  scale: 'small',
  industry: 'software',
  area: 'xihu',
  tags: ['high-tech'],
}));
