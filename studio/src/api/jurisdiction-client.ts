import { downloadFile } from './download';
import { request } from './http';
import type { Jurisdiction, NewJurisdiction, PublishResult } from './types';

const one = (j: string) => `/jurisdictions/${encodeURIComponent(j)}`;

/** 辖区管理 endpoints (platform administrators): one method per endpoint. */
export const jurisdictionApi = {
  list: () => request<Jurisdiction[]>('/jurisdictions'),
  create: (body: NewJurisdiction) => request<PublishResult>('/jurisdictions', { method: 'POST', body }),
  /** A package (.zip with the layout of definitions/<id>/) published under `id`. */
  importPackage: (id: string, file: File) => {
    const body = new FormData();
    body.set('file', file);
    return request<PublishResult>('/jurisdictions/import', { method: 'POST', query: { id }, rawBody: body });
  },
  exportPackage: (j: string) => downloadFile(`${one(j)}/package`, `${j}.zip`),
  archive: (j: string) => request<{ id: string; status: string }>(`${one(j)}/archive`, { method: 'POST' }),
  restore: (j: string) => request<{ id: string; status: string }>(`${one(j)}/restore`, { method: 'POST' }),
};
