/**
 * 按期办结 / 超期办结 over `cases` columns, shared by the monthly summary and the case filter: a closed
 * case is judged by its answer time (answered_at, else closed_at) against deadline_at; a case without
 * a deadline (or without either time) is neither on time nor late.
 *
 * `closedLateSql` spells COALESCE out as an OR on purpose: SQLite uses the partial index
 * `cases_closed_late` (migration 5) only when a query repeats its WHERE terms, and it never matches
 * terms containing functions. Keep both texts identical; `case-query-plans.test.ts` checks the plan.
 */
export const closedLateSql =
  "status = 'closed' AND (answered_at > deadline_at OR (answered_at IS NULL AND closed_at > deadline_at))";

export const closedOnTimeSql = "status = 'closed' AND COALESCE(answered_at, closed_at) <= deadline_at";

/** `closedLateSql` over `case_kpi`, whose `answer_at` is COALESCE(answered_at, closed_at) (migration 9). */
export const kpiClosedLateSql = "status = 'closed' AND answer_at > deadline_at";
