import type {
  Authoring,
  CaseMigrationCheck,
  MigrationPlanInput,
  MigrationResult,
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
  publish: (j: string, draft: DefinitionDraft, note: string) =>
    request<PublishResult>(base(j), { method: 'POST', body: { ...draft, note } }),
  republish: (j: string, v: number, note: string) =>
    request<PublishResult>(`${base(j)}/${v}/republish`, { method: 'POST', body: { note } }),
  /** How many open cases run on a version (what publishing over it leaves on it). */
  openCases: (j: string, v: number) =>
    request<{ count: number }>(`/jurisdictions/${encodeURIComponent(j)}/versions/${v}/open-cases`),
  migrationDryRun: (j: string, plan: MigrationPlanInput) =>
    request<{ cases: CaseMigrationCheck[] }>(`/jurisdictions/${encodeURIComponent(j)}/migrations/dry-run`, {
      method: 'POST',
      body: plan,
    }),
  migrate: (j: string, plan: MigrationPlanInput, note: string) =>
    request<MigrationResult>(`/jurisdictions/${encodeURIComponent(j)}/migrations`, {
      method: 'POST',
      body: { ...plan, note },
    }),
};
