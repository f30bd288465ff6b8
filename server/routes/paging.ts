/** `limit` (at most 500, default 50) and `offset` of a list query (`pagingQuery` validates them). */
export function paging(query: Record<string, unknown>): { limit: number; offset: number } {
  const limit = Math.min(Number(query.limit ?? 50) || 50, 500);
  return { limit, offset: Number(query.offset ?? 0) || 0 };
}

/**
 * A list route's filters and page: each of `keys` the query sets (absent or empty: no filter on
 * it), then `limit` and `offset` as `paging` reads them.
 */
export function listFilters<K extends string>(
  query: Record<string, unknown>,
  keys: readonly K[],
): Partial<Record<K, string>> & { limit: number; offset: number } {
  const filters: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = query[key];
    if (typeof value === 'string' && value) filters[key] = value;
  }
  return { ...filters, ...paging(query) };
}
