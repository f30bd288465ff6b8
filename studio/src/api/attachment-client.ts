import { request } from './http';

/** A file attached to a case (GET/POST /cases/:id/attachments). */
export interface Attachment {
  id: string;
  caseId: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}

const seg = encodeURIComponent;

export const attachmentApi = {
  list: (caseId: string) => request<{ items: Attachment[] }>(`/cases/${seg(caseId)}/attachments`),
  upload: (caseId: string, file: File) => {
    const body = new FormData();
    body.set('file', file);
    return request<Attachment>(`/cases/${seg(caseId)}/attachments`, { method: 'POST', rawBody: body });
  },
  path: (caseId: string, id: string) => `/cases/${seg(caseId)}/attachments/${seg(id)}`,
};
