import type { FromSchema } from 'json-schema-to-ts';
import type { supervisionOrderSchema } from '../../../runtime/contract/operations';
import { request } from './http';

/** 督办单 / 领导批示 of a case, with the issuer's and answerer's names. */
export type SupervisionOrder = FromSchema<typeof supervisionOrderSchema>;
export type SupervisionKind = SupervisionOrder['kind'];

const seg = encodeURIComponent;

/** Staff work on a case besides its tasks: comments (staff-internal) and supervision orders. */
export const caseWorkApi = {
  comment: (caseId: string, text: string) =>
    request<{ accepted: boolean }>(`/cases/${seg(caseId)}/comments`, { method: 'POST', body: { text } }),
  supervision: (caseId: string) => request<SupervisionOrder[]>(`/cases/${seg(caseId)}/supervision`),
  issue: (
    caseId: string,
    order: { kind: SupervisionKind; instruction: string; targetGroup: string; workingDays: number },
  ) => request<SupervisionOrder>(`/cases/${seg(caseId)}/supervision`, { method: 'POST', body: order }),
};
