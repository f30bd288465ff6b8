import type { FromSchema } from 'json-schema-to-ts';
import type {
  auditEntrySchema,
  auditQuerySchema,
  incidentSchema,
} from '../../../runtime/contract/operations';
import { request } from './http';
import type { Page } from './types';

export type Incident = FromSchema<typeof incidentSchema>;
export type AuditEntry = FromSchema<typeof auditEntrySchema>;
/** GET /audit's query, with numbers for paging (query strings on the wire). */
export type AuditQuery = Omit<FromSchema<typeof auditQuerySchema>, 'limit' | 'offset'> & {
  limit?: number;
  offset?: number;
};

const base = (j: string) => `/jurisdictions/${encodeURIComponent(j)}`;

/** The administrator's operations: engine incidents and their retry, the audit log. */
export const operationsApi = {
  incidents: (j: string) => request<Incident[]>(`${base(j)}/incidents`),
  retry: (j: string, incidentKey: string) =>
    request<Incident>(`${base(j)}/incidents/${encodeURIComponent(incidentKey)}/retry`, { method: 'POST' }),
  audit: (q: AuditQuery) => request<Page<AuditEntry>>('/audit', { query: { ...q } }),
};
