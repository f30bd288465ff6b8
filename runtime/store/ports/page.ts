/** One page of a list and the total count of matches (the paging rule: `../paging.ts`). */
export interface Page<T> {
  items: T[];
  total: number;
}
