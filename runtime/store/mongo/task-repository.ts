import type { Db, Sort } from 'mongodb';
import { pageWindow } from '../paging.js';
import type { TaskRecord } from '../records.js';
import type { Page, TaskQuery, TaskRepository, TaskSort } from '../store.js';
import { taskCaseFields } from '../task-filters.js';
import { taskDocs } from './case-collections.js';
import { DocRepository, equals, jurisdictionFilter } from './query.js';

/**
 * `due`: soonest due first, no due date last. MongoDB sorts null before strings, so due-date order
 * runs as two queries (dated, then undated) stitched into one page.
 */
const orderBy: Record<Exclude<TaskSort, 'due'>, Sort> = {
  created: { createdAt: 1, _id: 1 },
  '-created': { createdAt: -1, _id: -1 },
  '-completed': { completedAt: -1, _id: -1 },
};

export class MongoTaskRepository extends DocRepository<TaskRecord> implements TaskRepository {
  constructor(db: Db) {
    super(db, taskDocs);
  }

  async list(query: TaskQuery): Promise<Page<TaskRecord>> {
    const filter = taskFilter(query);
    const sort = query.sort ?? 'due';
    if (sort !== 'due') return this.q.page(filter, orderBy[sort], query);
    const { limit, offset } = pageWindow(query);
    const dated = { $and: [filter, { dueAt: { $ne: null } }] };
    const undated = { $and: [filter, { dueAt: null }] };
    const [datedTotal, undatedTotal] = await Promise.all([this.q.count(dated), this.q.count(undated)]);
    const items =
      offset < datedTotal ? await this.q.many(dated, { dueAt: 1, createdAt: 1, _id: 1 }, limit, offset) : [];
    const need = limit - items.length;
    if (need > 0 && undatedTotal > 0)
      items.push(...(await this.q.many(undated, orderBy.created, need, Math.max(0, offset - datedTotal))));
    return { items, total: datedTotal + undatedTotal };
  }
}

function taskFilter(query: TaskQuery): Record<string, unknown> {
  const filter = jurisdictionFilter(query, ['caseId', 'status', 'completedBy']);
  if (query.groups !== undefined && query.assignee !== undefined)
    filter['$or'] = [{ candidateGroups: { $in: query.groups } }, { assignee: query.assignee }];
  else if (query.groups !== undefined) filter['candidateGroups'] = { $in: query.groups };
  else equals(filter, 'assignee', query.assignee);
  if (query.unassigned) filter['$and'] = [{ assignee: null }];
  const due: Record<string, string> = {};
  if (query.dueBefore !== undefined) due['$lt'] = query.dueBefore;
  if (query.dueFrom !== undefined) due['$gte'] = query.dueFrom;
  if (Object.keys(due).length > 0) filter['dueAt'] = due;
  for (const field of taskCaseFields) equals(filter, `_case.${field}`, query[field]);
  return filter;
}
