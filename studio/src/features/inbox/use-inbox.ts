import { taskApi } from '../../api/task-client';
import type { Page, Task, TaskScope } from '../../api/types';
import { useAsync, type AsyncState } from '../../hooks/use-async';
import { dueSoonDays, type InboxTab } from './scopes';

export interface InboxFilter {
  requestClass: string;
  sort: 'due' | 'created' | '-created';
}

export interface InboxData {
  page: Page<Task>;
  counts: Record<InboxTab, number>;
}

/** The tab's tasks (filtered and sorted by the server) and every tab's count. */
export function useInbox(
  tab: InboxTab,
  filter: InboxFilter,
  limit: number,
  offset: number,
  /** The hub (全部在办 is counted too). */
  hub: boolean,
  /** Works tasks; a leader who does not reads 全部在办 only (nothing else is counted). */
  works = true,
): AsyncState<InboxData> {
  return useAsync(async () => {
    const scope: TaskScope = tab === 'due-soon' ? 'group' : tab;
    const total = (view: 'done' | 'all') => taskApi.list({ scope: view, limit: 1 }).then((p) => p.total);
    const listed = taskApi.list({
      scope,
      ...(tab === 'due-soon' ? { dueWithinWorkingDays: dueSoonDays } : {}),
      ...(filter.requestClass ? { requestClass: filter.requestClass } : {}),
      sort: filter.sort,
      limit,
      offset,
    });
    if (!works) {
      const page = await listed;
      return { page, counts: { ...page.counts, 'due-soon': 0, done: 0, all: page.total } };
    }
    const [page, dueSoon, done, all] = await Promise.all([
      listed,
      taskApi.list({ scope: 'group', dueWithinWorkingDays: dueSoonDays, limit: 1 }),
      total('done'),
      hub ? total('all') : Promise.resolve(0),
    ]);
    return { page, counts: { ...page.counts, 'due-soon': dueSoon.total, done, all } };
  }, [tab, filter.requestClass, filter.sort, limit, offset, hub, works]);
}
