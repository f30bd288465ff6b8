/** `limit` (at most 500, default 50) and `offset` of a list query (`pagingQuery` validates them). */
export function paging(query: Record<string, unknown>): { limit: number; offset: number } {
  const limit = Math.min(Number(query.limit ?? 50) || 50, 500);
  return { limit, offset: Number(query.offset ?? 0) || 0 };
}
