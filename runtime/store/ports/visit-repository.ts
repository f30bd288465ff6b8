import type { VisitRecord } from '../records.js';
import type { Page } from './page.js';

export interface VisitQuery {
  jurisdiction: string;
  enterpriseId?: string;
  staffId?: string;
  kind?: string;
  /** at >= from (ISO) */
  from?: string;
  /** at < to (ISO) */
  to?: string;
  limit?: number;
  offset?: number;
}

/** One staff member's visits of one kind in a window, computed in the store. */
export interface StaffVisitCount {
  staffId: string;
  kind: string;
  visits: number;
  /** Distinct enterprises visited. */
  enterprises: number;
}

/** Logged service visits to enterprises. */
export interface VisitRepository {
  /** Visits matching every given filter, newest (at) first. */
  list(query: VisitQuery): Promise<Page<VisitRecord>>;
  /** Visits with `at` in [from, to) per staff member and kind, ordered by staffId then kind. */
  countsByStaff(jurisdiction: string, from: string, to: string): Promise<StaffVisitCount[]>;
}
