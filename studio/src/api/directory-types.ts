// Shapes of /jurisdictions/:j/directory/* (名录: org units, staff, enterprises, pairings).

export const orgUnitKinds = ['city', 'district', 'town', 'area', 'station', 'department', 'team'] as const;
export type OrgUnitKind = (typeof orgUnitKinds)[number];

export interface OrgUnitNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  children: OrgUnitNode[];
}

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  groups: string[];
  orgUnitId: string | null;
  skills: string[];
}

export interface Enterprise {
  id: string;
  creditCode: string;
  name: string;
  scale: string | null;
  industry: string | null;
  area: string | null;
  tags: string[];
}

export interface Pairing {
  staffId: string;
  enterpriseId: string;
}

export interface ImportResult {
  ok: true;
  rows: number;
}
