import type { EnterpriseRecord, OrgUnitRecord, PairingRecord, UserRecord } from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the directory tables (DDL: `sqlite/schema-v1.ts`, `postgres/schema-directory.ts`). */
export const orgUnitsTable = defineTable<OrgUnitRecord>('org_units', {
  id: 'text',
  jurisdiction: 'text',
  parentId: 'text',
  name: 'text',
  kind: 'text',
});

export const usersTable = defineTable<UserRecord>('users', {
  id: 'text',
  jurisdiction: 'text',
  username: 'text',
  displayName: 'text',
  roles: 'jsonb',
  groups: ['group_names', 'jsonb'],
  orgUnitId: 'text',
  enterpriseId: 'text',
  passwordHash: 'text',
  disabledAt: 'time',
  mustChangePassword: 'bool',
  passwordChangedAt: 'time',
});

export const enterprisesTable = defineTable<EnterpriseRecord>('enterprises', {
  id: 'text',
  jurisdiction: 'text',
  creditCode: 'text',
  name: 'text',
  scale: 'text',
  industry: 'text',
  area: 'text',
  tags: 'jsonb',
});

export const pairingsTable = defineTable<PairingRecord>('pairings', {
  jurisdiction: 'text',
  staffId: 'text',
  enterpriseId: 'text',
});
