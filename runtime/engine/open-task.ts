import type { TaskRecord } from '../store/records.js';
import type { UserTaskCreated } from './engine.js';

/** The inbox row of a user task the engine just created: open, with no result yet. */
export function openTaskRecord(task: UserTaskCreated, jurisdiction: string, createdAt: string): TaskRecord {
  return {
    id: task.taskId,
    caseId: task.businessKey,
    jurisdiction,
    instanceKey: task.instanceKey,
    elementId: task.elementId,
    name: task.name,
    formKey: task.formKey,
    candidateGroups: task.candidateGroups,
    assignee: task.assignee,
    status: 'open',
    createdAt,
    dueAt: task.dueDate,
    completedAt: null,
    completedBy: null,
    result: null,
  };
}
