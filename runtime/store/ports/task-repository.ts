import type { TaskRecord, TaskStatus } from '../records.js';
import type { Page } from './page.js';

/** Human tasks (待办) of case processes and the inbox query over them. */
export interface TaskQuery {
  jurisdiction: string;
  caseId?: string;
  status?: TaskStatus;
  /** Tasks whose candidate groups intersect these, or assigned to `assignee`. */
  groups?: string[];
  assignee?: string;
  /** 已办: tasks this user completed (then sort `-completed`: the latest first). */
  completedBy?: string;
  /** Only tasks nobody has claimed. */
  unassigned?: boolean;
  /** dueAt < dueBefore (ISO) */
  dueBefore?: string;
  /** dueAt >= dueFrom (ISO) */
  dueFrom?: string;
  /** Filters on the task's case: request class, tier, intake channel, enterprise. */
  requestClass?: string;
  tier?: string;
  channel?: string;
  enterpriseId?: string;
  /** `due` (default: soonest due first, no due date last), `created` (oldest first), `-created` (newest first). */
  sort?: TaskSort;
  limit?: number;
  offset?: number;
}

export type TaskSort = 'due' | 'created' | '-created' | '-completed';

export interface TaskRepository {
  get(id: string): Promise<TaskRecord | null>;
  list(query: TaskQuery): Promise<Page<TaskRecord>>;
}
