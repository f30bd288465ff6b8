/**
 * 按期办结 / 超期办结 over `cases` columns, shared by the monthly summary and the case filter: a closed
 * case is judged by its answer time (answered_at, else closed_at) against deadline_at; a case without
 * a deadline (or without either time) is neither on time nor late (the comparison is NULL).
 * `closedLateSql` is term for term the predicate of the partial index `cases_closed_late`
 * (`schema-cases.ts`), so PostgreSQL can use it for the 超期办结件 list.
 */
export const closedLateSql = "status = 'closed' AND COALESCE(answered_at, closed_at) > deadline_at";

export const closedOnTimeSql = "status = 'closed' AND COALESCE(answered_at, closed_at) <= deadline_at";
