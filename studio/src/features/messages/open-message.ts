import type { Message } from '../../api/message-client';

/** Where a message opens: the task it is about (for staff who work tasks), else its case. */
export function messageTarget(message: Pick<Message, 'taskId' | 'caseId'>, staff: boolean): string[] {
  return staff && message.taskId ? ['tasks', message.taskId] : ['cases', message.caseId];
}
