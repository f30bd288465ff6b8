import type { JsonObject } from '../common/json.js';

/**
 * A 台账 query a staff member saved under a name (常用查询): the ledger filters as the API takes
 * them. Private to its user; removed with mutation `savedQuery.delete`.
 */
export interface SavedQueryRecord {
  id: string;
  userId: string;
  jurisdiction: string;
  name: string;
  query: JsonObject;
  createdAt: string;
}

export interface SavedQueryRepository {
  /** The user's saved queries of the jurisdiction, oldest first. */
  listForUser(userId: string, jurisdiction: string): Promise<SavedQueryRecord[]>;
}
