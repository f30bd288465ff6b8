import type { SupervisionOrderRecord, SupervisionStatus } from '../records.js';
import type { Page } from './page.js';

export interface SupervisionQuery {
  jurisdiction: string;
  status?: SupervisionStatus;
  kind?: SupervisionOrderRecord['kind'];
  /** Orders addressed to any of these candidate groups; an empty list matches none. */
  targetGroups?: string[];
  /** Only overdue orders: status open and dueAt < overdueAt (ISO). */
  overdueAt?: string;
  limit?: number;
  offset?: number;
}

/** 督办单 / 领导批示 on cases. */
export interface SupervisionRepository {
  get(id: string): Promise<SupervisionOrderRecord | null>;
  /** The case's orders, issuedAt ascending. */
  forCase(caseId: string): Promise<SupervisionOrderRecord[]>;
  /** Orders matching every given filter, newest (issuedAt) first. */
  list(query: SupervisionQuery): Promise<Page<SupervisionOrderRecord>>;
}
