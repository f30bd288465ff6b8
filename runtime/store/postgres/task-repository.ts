import type { TaskRecord } from '../records.js';
import { taskCaseFields, taskOrderBy } from '../task-filters.js';
import type { Page, TaskQuery, TaskRepository } from '../store.js';
import { updateByKey, type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import type { Sql } from './sql.js';
import { WhereClause } from '../sql/where-clause.js';
import { casesTable, tasksTable } from '../sql/case-tables.js';
import { taskTarget } from '../sql/update-targets.js';

const t = tasksTable;

const orderBy = taskOrderBy('due_at ASC NULLS LAST');

export class PostgresTaskRepository implements TaskRepository {
  constructor(private readonly sql: Sql) {}

  async get(id: string): Promise<TaskRecord | null> {
    return this.sql.one(t, 'WHERE id = $1', [id]);
  }

  /** Matching tasks, soonest due first (no due date last), then oldest first. */
  async list(query: TaskQuery): Promise<Page<TaskRecord>> {
    const where = taskFilter(query);
    return this.sql.page(t, where, orderBy[query.sort ?? 'due'], query);
  }
}

/**
 * Visibility: `groups` alone -> candidate groups intersect (`?|`); `assignee` alone -> assigned to
 * them; both -> either (an inbox: my group's tasks OR mine). An empty `groups` list matches no group.
 * `unassigned` then narrows to tasks nobody has claimed.
 */
export function taskFilter(query: TaskQuery): WhereClause {
  const where = new WhereClause()
    .equals('jurisdiction', query.jurisdiction)
    .equals('case_id', query.caseId)
    .equals('status', query.status);
  const inGroups = () => `candidate_groups ?| ${where.param(query.groups ?? [])}::text[]`;
  if (query.groups !== undefined && query.assignee !== undefined) {
    where.and(`(${inGroups()} OR assignee = ${where.param(query.assignee)})`);
  } else if (query.groups !== undefined) {
    where.and(inGroups());
  } else {
    where.equals('assignee', query.assignee);
  }
  where.equals('completed_by', query.completedBy);
  if (query.unassigned) where.and('assignee IS NULL');
  if (query.dueBefore !== undefined) where.and(`due_at < ${where.param(query.dueBefore)}`);
  if (query.dueFrom !== undefined) where.and(`due_at >= ${where.param(query.dueFrom)}`);
  for (const field of taskCaseFields) {
    const value = query[field];
    const column = casesTable.column(field);
    if (value !== undefined)
      where.and(
        `EXISTS (SELECT 1 FROM cases c WHERE c.id = tasks.case_id AND c.${column} = ${where.param(value)})`,
      );
  }
  return where;
}

const insertTask = insertSql(t, 'ON CONFLICT DO NOTHING');

/** Task writes: an insert keyed by an existing id writes nothing; an update needs the task. */
export const taskMutations: HandlersOf<'task.'> = {
  'task.insert': writeRecord(insertTask, t),
  'task.update': (tx, { id, patch }) => updateByKey(tx, taskTarget, id, patch),
};
