/** The paging rule every store adapter applies to list queries: limit 50 by default, at most 500. */
export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 500;

export interface PageWindow {
  limit: number;
  offset: number;
}

/** Clamp a query's `limit`/`offset` to whole numbers within the allowed window. */
export function pageWindow(query: { limit?: number; offset?: number }): PageWindow {
  const rawLimit =
    query.limit === undefined || !Number.isFinite(query.limit) ? DEFAULT_PAGE_LIMIT : Math.floor(query.limit);
  const rawOffset =
    query.offset === undefined || !Number.isFinite(query.offset) ? 0 : Math.floor(query.offset);
  return { limit: Math.min(Math.max(rawLimit, 1), MAX_PAGE_LIMIT), offset: Math.max(rawOffset, 0) };
}

/** A case list's creation order in SQL (`CaseQuery.order`), ties by id: both SQL adapters. */
export function caseOrderSql(query: { order?: 'newest' | 'oldest' }): string {
  return query.order === 'oldest' ? 'created_at, id' : 'created_at DESC, id DESC';
}
