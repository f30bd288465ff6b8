import type { CaseRecord, TaskRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/**
 * Who a notice goes to: named users, the members of candidate groups, or holders of roles — all
 * within the case's jurisdiction (`recipients.ts` resolves them to user ids).
 */
export interface Audience {
  users?: readonly string[];
  groups?: readonly string[];
  roles?: readonly string[];
}

/** What a committed case step tells people (one notice, many recipients; `message-rules.ts`). */
export interface Notice {
  /** `urged`, `task.created`, `extension.requested` … */
  kind: string;
  /** Makes the notice unique (the timeline entry's or the task's id): a replayed step writes nothing new. */
  source: string;
  kase: CaseRecord;
  taskId: string | null;
  /** Who caused it (never told of their own step); `system` for the platform's. */
  actor: string;
  audience: Audience;
  title: string;
  body: string;
}

/** The reads the rules may take (before the step's transaction, from what is committed so far). */
export type NoticeReads = Pick<Store, 'cases' | 'tasks' | 'events' | 'directory' | 'supervision'>;

/** A staff member's name for a text, never an id. */
export async function nameOf(reads: NoticeReads, userId: string): Promise<string> {
  if (userId === 'system') return '系统';
  return (await reads.directory.user(userId))?.displayName ?? '工作人员';
}

/** Who works a task: its assignee, else its candidate groups. */
export function taskAudience(task: Pick<TaskRecord, 'assignee' | 'candidateGroups'>): Audience {
  return task.assignee ? { users: [task.assignee] } : { groups: task.candidateGroups };
}
