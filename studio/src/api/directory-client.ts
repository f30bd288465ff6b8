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

const base = (j: string) => `/jurisdictions/${encodeURIComponent(j)}/directory`;

/** 名录 endpoints: org tree, staff, enterprises (with .xlsx import/export), pairings. */
export const directoryApi = {
  orgUnits: (j: string) => request<OrgUnitNode[]>(`${base(j)}/org-units`),
  addOrgUnit: (j: string, unit: { name: string; kind: OrgUnitKind; parentId: string | null }) =>
    request<OrgUnitNode>(`${base(j)}/org-units`, { method: 'POST', body: unit }),
  staff: (j: string) => request<StaffMember[]>(`${base(j)}/staff`),
  enterprises: (j: string, q: { q?: string; limit?: number; offset?: number }) =>
    request<Page<Enterprise>>(`${base(j)}/enterprises`, { query: { ...q } }),
  importEnterprises: (j: string, file: File) => {
    const body = new FormData();
    body.set('file', file);
    return request<ImportResult>(`${base(j)}/enterprises/import`, { method: 'POST', rawBody: body });
  },
  pairings: (j: string) => request<Pairing[]>(`${base(j)}/pairings`),
  pair: (j: string, p: Pairing) => request<Pairing>(`${base(j)}/pairings`, { method: 'POST', body: p }),
  unpair: (j: string, p: Pairing) =>
    request<Pairing>(`${base(j)}/pairings/delete`, { method: 'POST', body: p }),
  paths: {
    export: (j: string) => `${base(j)}/enterprises/export?format=xlsx`,
    importReport: (j: string) => `${base(j)}/enterprises/import?report=xlsx`,
  },
};
