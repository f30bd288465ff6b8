import type { FromSchema } from 'json-schema-to-ts';
import type { attachmentListSchema, attachmentSchema } from '../../../runtime/contract/case-detail';
import { request } from './http';

/** A file attached to a case (GET/POST /cases/:id/attachments). */
export type Attachment = FromSchema<typeof attachmentSchema>;

const seg = encodeURIComponent;

export const attachmentApi = {
  list: (caseId: string) =>
    request<FromSchema<typeof attachmentListSchema>>(`/cases/${seg(caseId)}/attachments`),
  upload: (caseId: string, file: File) => {
    const body = new FormData();
    body.set('file', file);
    return request<Attachment>(`/cases/${seg(caseId)}/attachments`, { method: 'POST', rawBody: body });
  },
  path: (caseId: string, id: string) => `/cases/${seg(caseId)}/attachments/${seg(id)}`,
};
