import type {
  Authoring,
  DefinitionDraft,
  PublishResult,
  ValidationResult,
  VersionRecord,
  VersionSummary,
} from './definition-types';
import { request } from './http';

const base = (j: string) => `/jurisdictions/${encodeURIComponent(j)}/definitions`;

/** The definition-authoring endpoints (jurisdiction and platform admins). */
export const definitionsApi = {
  authoring: () => request<Authoring>('/definitions/authoring'),
  versions: (j: string) => request<VersionSummary[]>(base(j)),
  current: (j: string) => request<VersionRecord>(`${base(j)}/current`),
  version: (j: string, v: number) => request<VersionRecord>(`${base(j)}/${v}`),
  validate: (j: string, draft: DefinitionDraft) =>
    request<ValidationResult>(`${base(j)}/validate`, { method: 'POST', body: draft }),
  publish: (j: string, draft: DefinitionDraft) =>
    request<PublishResult>(base(j), { method: 'POST', body: draft }),
  republish: (j: string, v: number) =>
    request<PublishResult>(`${base(j)}/${v}/republish`, { method: 'POST' }),
};
