import type {
  Enterprise,
  ImportResult,
  OrgUnitKind,
  OrgUnitNode,
  Pairing,
  StaffMember,
} from './directory-types';
import { request } from './http';
import type { Page } from './types';

/** The sheets 批量导入 takes. */
export type SheetKind = 'enterprises' | 'staff' | 'service-areas';

/** What 新建/编辑工作人员 sends. */
export interface StaffInput {
  username: string;
  displayName: string;
  roles: string[];
  groups: string[];
  orgUnitId: string | null;
  skills: string[];
}

const base = (j: string) => `/jurisdictions/${encodeURIComponent(j)}/directory`;

/** 名录 endpoints: org tree, staff, enterprises (with .xlsx import/export), pairings. */
export const directoryApi = {
  orgUnits: (j: string) => request<OrgUnitNode[]>(`${base(j)}/org-units`),
  addOrgUnit: (j: string, unit: { name: string; kind: OrgUnitKind; parentId: string | null }) =>
    request<OrgUnitNode>(`${base(j)}/org-units`, { method: 'POST', body: unit }),
  staff: (j: string) => request<StaffMember[]>(`${base(j)}/staff`),
  enterprises: (j: string, q: { q?: string; limit?: number; offset?: number }) =>
    request<Page<Enterprise>>(`${base(j)}/enterprises`, { query: { ...q } }),
  /** 批量导入 of a sheet (enterprises, or the staff sheet): all rows or none. */
  importSheet: (j: string, sheet: SheetKind, file: File) => {
    const body = new FormData();
    body.set('file', file);
    return request<ImportResult>(`${base(j)}/${sheet}/import`, { method: 'POST', rawBody: body });
  },
  saveStaff: (j: string, id: string | null, body: StaffInput) =>
    id
      ? request<StaffMember>(`${base(j)}/staff/${encodeURIComponent(id)}`, { method: 'PUT', body })
      : request<StaffMember>(`${base(j)}/staff`, { method: 'POST', body }),
  pairings: (j: string) => request<Pairing[]>(`${base(j)}/pairings`),
  pair: (j: string, p: Pairing) => request<Pairing>(`${base(j)}/pairings`, { method: 'POST', body: p }),
  unpair: (j: string, p: Pairing) =>
    request<Pairing>(`${base(j)}/pairings/delete`, { method: 'POST', body: p }),
  paths: {
    export: (j: string) => `${base(j)}/enterprises/export?format=xlsx`,
    importReport: (j: string, sheet: SheetKind = 'enterprises') => `${base(j)}/${sheet}/import?report=xlsx`,
  },
};
