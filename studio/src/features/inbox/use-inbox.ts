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
): AsyncState<InboxData> {
  return useAsync(async () => {
    const scope: TaskScope = tab === 'due-soon' ? 'group' : tab;
    const [page, dueSoon] = await Promise.all([
      taskApi.list({
        scope,
        ...(tab === 'due-soon' ? { dueWithinWorkingDays: dueSoonDays } : {}),
        ...(filter.requestClass ? { requestClass: filter.requestClass } : {}),
        sort: filter.sort,
        limit,
        offset,
      }),
      taskApi.list({ scope: 'group', dueWithinWorkingDays: dueSoonDays, limit: 1 }),
    ]);
    const listed = tab === 'done' || tab === 'all' ? { [tab]: page.total } : {};
    return { page, counts: { ...page.counts, 'due-soon': dueSoon.total, ...listed } as InboxData['counts'] };
  }, [tab, filter.requestClass, filter.sort, limit, offset]);
}
