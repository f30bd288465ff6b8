import { request } from './http';
import type { Task } from './types';

const seg = encodeURIComponent;

/** Task work beyond claim/complete: 退回, 延期申请, 催办. */
export const workApi = {
  giveBack: (id: string, reason: string) =>
    request<Task>(`/tasks/${seg(id)}/return`, { method: 'POST', body: { reason } }),
  requestExtension: (id: string, workingDays: number, reason: string) =>
    request<{ requestId: string }>(`/tasks/${seg(id)}/extension`, {
      method: 'POST',
      body: { workingDays, reason },
    }),
  urge: (id: string, message: string) =>
    request<{ accepted: boolean }>(`/tasks/${seg(id)}/urge`, { method: 'POST', body: { message } }),
};
