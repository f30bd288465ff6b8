import type { CaseRecord, CaseStatus } from '../records.js';
import type { Page } from './page.js';

/** 诉求 cases: one record per case, its list filters, monthly summary and per-unit KPI. */
export interface CaseQuery {
  jurisdiction: string;
  status?: CaseStatus;
  enterpriseId?: string;
  submittedBy?: string;
  requestClass?: string;
  /** createdAt >= from (ISO) */
  from?: string;
  /** createdAt < to (ISO) */
  to?: string;
  /** deadlineAt >= deadlineFrom (ISO); cases without a deadline never match. */
  deadlineFrom?: string;
  /** deadlineAt < deadlineTo (ISO); cases without a deadline never match. */
  deadlineTo?: string;
  /**
   * true: closed after the deadline (answeredAt, else closedAt, > deadlineAt; the rule of
   * `CaseSummary.closedLate`); false: every other case (open, refused, on time, without a deadline).
   */
  closedLate?: boolean;
  /** Cases whose rating has one of these levels; an empty list matches none. */
  ratingLevels?: string[];
  /** Cases with at least one case event of this type. */
  withEventType?: string;
  /** Cases pinned to this published version of the jurisdiction's definition. */
  definitionVersion?: number;
  /** 台账 filters: 案件编号 prefix (as `caseNumberSearch` normalises it) … */
  caseNumberPrefix?: string;
  /** … cases not numbered yet (the start-up backfill) … */
  unnumbered?: boolean;
  channel?: string;
  tier?: string;
  /** … cases of any of these enterprises (a name / credit-code search resolved); empty: none … */
  enterpriseIds?: string[];
  /** … 承办单位: cases whose handling unit is one of these; empty: none … */
  orgUnitIds?: string[];
  /**
   * … 超期 at `overdueAt` (ISO): true — open with deadlineAt < overdueAt, or closed late (the rule
   * of `closedLate`), as the report's 超期件 counts them; false — every other case. Ignored without
   * `overdueAt`.
   */
  overdue?: boolean;
  overdueAt?: string;
  /** Creation order: newest first (default) or oldest first; ties by id the same way. */
  order?: 'newest' | 'oldest';
  /**
   * Keyset paging (over a million cases): only cases after this one in `order`; then `offset` is
   * ignored and `total` is still the count of every match.
   */
  after?: CaseKey;
  /** false: matches are not counted (`total` is then 0) — keyset pages after the first, the export. */
  countTotal?: boolean;
  /**
   * Count at most this many matches (`total` is then the smaller of the two): a 台账 first page shows
   * "10000+" instead of counting a million cases on every request.
   */
  countLimit?: number;
  limit?: number;
  offset?: number;
}

/** Where a case stands in creation order: the keyset cursor of the 台账. */
export interface CaseKey {
  createdAt: string;
  id: string;
}

/** One calendar day of the jurisdiction (local date), for working-day arithmetic in the store. */
export interface CalendarDay {
  /** YYYY-MM-DD in the jurisdiction's local time. */
  date: string;
  working: boolean;
}

export interface KpiQuery {
  jurisdiction: string;
  /** createdAt >= from (ISO) */
  from: string;
  /** createdAt < to (ISO) */
  to: string;
  now: string;
  utcOffsetMinutes: number;
  /** Every local day from the day of `from` to the day of `now`, ascending, without gaps. */
  days: CalendarDay[];
}

/** The month's figures of one handling unit (承办单位; null: cases no unit has worked yet). */
export interface UnitKpi {
  orgUnitId: string | null;
  received: number;
  open: number;
  closed: number;
  refused: number;
  closedOnTime: number;
  closedLate: number;
  overdueOpen: number;
  /**
   * Closed cases by handling time: working days from the day of receipt (not counted) to the day of
   * the answer (answeredAt, else closedAt), as counted in `days`; key = whole working days.
   */
  handlingDays: Record<string, number>;
  /**
   * 响应: cases staff took up, by response time — working days from the day of receipt (not
   * counted) to the day of the first claim (认领) or completion of any of the case's tasks by staff
   * (events `task.claimed` / `task.completed`); key = whole working days (0: the same day).
   */
  responseDays: Record<string, number>;
  ratings: Record<string, number>;
  /** 未评价: closed cases without a rating (not in `ratings`, so left out of the 满意率). */
  unrated: number;
  /** Cases with at least one `reopened` event (二次交办). */
  reopened: number;
  /** Events with `at` in [from, to) on the unit's cases: `urged` count and `escalated` by `data.from` tier. */
  urgings: number;
  escalationsByTier: Record<string, number>;
}

/** Monthly figures for one jurisdiction, computed in the store (it must scale to millions of cases). */
export interface CaseSummary {
  received: number;
  open: number;
  closed: number;
  refused: number;
  byClass: Record<string, number>;
  /** Closed cases answered by their deadline (answeredAt, else closedAt, <= deadlineAt). */
  closedOnTime: number;
  closedLate: number;
  overdueOpen: number;
  ratings: Record<string, number>;
  eventCounts: Record<string, number>;
}

export interface CaseRepository {
  get(id: string): Promise<CaseRecord | null>;
  /** Cases matching every given filter, newest (createdAt, then id) first. */
  list(query: CaseQuery): Promise<Page<CaseRecord>>;
  summary(jurisdiction: string, from: string, to: string, now: string): Promise<CaseSummary>;
  /**
   * Per requested event type, the number of distinct cases created in [from, to) that have at least
   * one event of that type (at any time). Every requested type is a key, 0 when no case has it.
   */
  countByEventType(
    jurisdiction: string,
    types: string[],
    from: string,
    to: string,
  ): Promise<Record<string, number>>;
  /** KPI figures of the cases received in [from, to), per handling unit, aggregated in the store. */
  kpiByUnit(query: KpiQuery): Promise<UnitKpi[]>;
  /** 台账 columns kept beside the case: its handling unit (承办单位) and rating level, by case id. */
  ledgerFacts(caseIds: readonly string[]): Promise<Record<string, LedgerFacts>>;
}

export interface LedgerFacts {
  orgUnitId: string | null;
  ratingLevel: string | null;
}
