import { request } from './http';
import type { Page, Task, TaskScope } from './types';

const seg = encodeURIComponent;

/** GET /inbox/tasks: the filtered, sorted task list (beside the counted /tasks inbox). */
export interface WorkQuery {
  scope: TaskScope;
  dueWithinWorkingDays?: number;
  requestClass?: string;
  sort?: 'due' | 'created' | '-created';
  limit?: number;
  offset?: number;
}

/** Task work beyond claim/complete: filtered lists, 退回, 延期申请, 催办. */
export const workApi = {
  tasks: (q: WorkQuery) => request<Page<Task>>('/inbox/tasks', { query: { ...q } }),
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
