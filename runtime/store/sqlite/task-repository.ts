import type { TaskRecord } from '../records.js';
import { pageWindow } from '../paging.js';
import { taskCaseFields, taskOrderBy } from '../task-filters.js';
import type { Page, TaskQuery, TaskRepository } from '../store.js';
import { casesTable, tasksTable as t } from '../sql/case-tables.js';
import type { StatementCache } from './statement-cache.js';
import { WhereClause } from './where-clause.js';
import { sqlite } from './row-codec.js';

const inGroups =
  'id IN (SELECT task_id FROM task_groups WHERE grp IN (SELECT value FROM json_each(@groups)))';

const orderBy = taskOrderBy('due_at IS NULL, due_at');

export class SqliteTaskRepository implements TaskRepository {
  constructor(private readonly sql: StatementCache) {}

  async get(id: string): Promise<TaskRecord | null> {
    const row = this.sql.row(`SELECT ${t.selectList} FROM tasks WHERE id = ?`, id);
    return row ? t.decode(row, sqlite) : null;
  }

  /** Matching tasks, soonest due first (no due date last), then oldest first. */
  async list(query: TaskQuery): Promise<Page<TaskRecord>> {
    const where = taskFilter(query);
    const { limit, offset } = pageWindow(query);
    const total = Number(this.sql.scalar(`SELECT COUNT(*) FROM tasks ${where}`, where.params));
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM tasks ${where}
       ORDER BY ${orderBy[query.sort ?? 'due']} LIMIT @limit OFFSET @offset`,
      { ...where.params, limit, offset },
    );
    return { items: rows.map((row) => t.decode(row, sqlite)), total };
  }
}

/**
 * Visibility: `groups` alone -> candidate groups intersect; `assignee` alone -> assigned to them;
 * both -> either (an inbox: my group's tasks OR mine). An empty `groups` list matches no group.
 * `unassigned` then narrows to tasks nobody has claimed.
 */
function taskFilter(query: TaskQuery): WhereClause {
  const groups = query.groups === undefined ? undefined : JSON.stringify(query.groups);
  // With groups, let the task_groups index drive the search: `+column` keeps SQLite from preferring
  // the (jurisdiction, status) index, which would visit every open task of the jurisdiction.
  const hint = groups === undefined ? '' : '+';
  const where = new WhereClause()
    .equals(`${hint}jurisdiction`, 'jurisdiction', query.jurisdiction)
    .equals('case_id', 'caseId', query.caseId)
    .equals(`${hint}status`, 'status', query.status);
  if (groups !== undefined && query.assignee !== undefined) {
    where.and(`(${inGroups} OR assignee = @assignee)`, { groups, assignee: query.assignee });
  } else if (groups !== undefined) {
    where.and(inGroups, { groups });
  } else {
    where.equals('assignee', 'assignee', query.assignee);
  }
  where.equals('completed_by', 'completedBy', query.completedBy);
  if (query.unassigned) where.and(`${hint}assignee IS NULL`);
  if (query.dueBefore !== undefined) where.and('due_at < @dueBefore', { dueBefore: query.dueBefore });
  if (query.dueFrom !== undefined) where.and('due_at >= @dueFrom', { dueFrom: query.dueFrom });
  for (const field of taskCaseFields) {
    const value = query[field];
    const column = casesTable.column(field);
    if (value !== undefined)
      where.and(`EXISTS (SELECT 1 FROM cases c WHERE c.id = tasks.case_id AND c.${column} = @${field})`, {
        [field]: value,
      });
  }
  return where;
}
