import { request } from './http';
import type { Task, TaskDetail, TaskListQuery, TaskPage } from './types';

const seg = encodeURIComponent;

/** The task API (GET /tasks, /tasks/:id and its actions): one method per endpoint. */
export const taskApi = {
  list: (q: TaskListQuery) => request<TaskPage>('/tasks', { query: { ...q } }),
  get: (id: string) => request<TaskDetail>(`/tasks/${seg(id)}`),
  claim: (id: string) => request<Task>(`/tasks/${seg(id)}/claim`, { method: 'POST' }),
  unclaim: (id: string) => request<Task>(`/tasks/${seg(id)}/unclaim`, { method: 'POST' }),
  complete: (id: string, data: Record<string, unknown>) =>
    request<Task>(`/tasks/${seg(id)}/complete`, { method: 'POST', body: { data } }),
  /** 退回 */
  giveBack: (id: string, reason: string) =>
    request<Task>(`/tasks/${seg(id)}/return`, { method: 'POST', body: { reason } }),
  /** 延期申请 */
  requestExtension: (id: string, workingDays: number, reason: string) =>
    request<{ requestId: string }>(`/tasks/${seg(id)}/extension`, {
      method: 'POST',
      body: { workingDays, reason },
    }),
  /** 催办 */
  urge: (id: string, message: string) =>
    request<{ accepted: boolean }>(`/tasks/${seg(id)}/urge`, { method: 'POST', body: { message } }),
};
