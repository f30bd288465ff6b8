import { request } from './http';
import type { Assignee, Case, Task, TaskDetail, TaskListQuery, TaskPage } from './types';

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
  /** 改派: the staff a dispatcher may give the task to, by name and unit */
  assignees: (id: string) => request<Assignee[]>(`/tasks/${seg(id)}/assignees`),
  reassign: (id: string, assignee: string, reason: string) =>
    request<Task>(`/tasks/${seg(id)}/reassign`, { method: 'POST', body: { assignee, reason } }),
  /** 延期审批: the dispatcher's decision on a request */
  decideExtension: (caseId: string, requestId: string, approve: boolean, reason: string) =>
    request<Case>(`/cases/${seg(caseId)}/extensions/${seg(requestId)}/decision`, {
      method: 'POST',
      body: { approve, reason },
    }),
  /** 催办 */
  urge: (id: string, message: string) =>
    request<{ accepted: boolean }>(`/tasks/${seg(id)}/urge`, { method: 'POST', body: { message } }),
};
