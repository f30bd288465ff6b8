import type { CaseSummary } from '../store.js';
import { closedLateSql, closedOnTimeSql } from './sla-outcome.js';
import type { Sql } from './sql.js';
import type { SummaryWindow } from '../case-windows.js';

/** Cases received in the window: one range scan of the covering (jurisdiction, created_at) index. */
export const monthTotalsSql = `
SELECT COUNT(*) AS received,
  COUNT(*) FILTER (WHERE status = 'open') AS open,
  COUNT(*) FILTER (WHERE status = 'closed') AS closed,
  COUNT(*) FILTER (WHERE status = 'refused') AS refused,
  COUNT(*) FILTER (WHERE ${closedOnTimeSql}) AS "closedOnTime",
  COUNT(*) FILTER (WHERE ${closedLateSql}) AS "closedLate",
  COUNT(*) FILTER (WHERE status = 'open' AND deadline_at < $4) AS "overdueOpen"
FROM cases WHERE jurisdiction = $1 AND created_at >= $2 AND created_at < $3`;

const byClassSql = `
SELECT request_class AS k, COUNT(*) AS n FROM cases
WHERE jurisdiction = $1 AND created_at >= $2 AND created_at < $3 AND request_class IS NOT NULL
GROUP BY request_class`;

const ratingsSql = `
SELECT r.level AS k, COUNT(*) AS n FROM cases c JOIN ratings r ON r.case_id = c.id
WHERE c.jurisdiction = $1 AND c.created_at >= $2 AND c.created_at < $3
GROUP BY r.level`;

const eventsSql = `
SELECT type AS k, COUNT(*) AS n FROM case_events
WHERE jurisdiction = $1 AND at >= $2 AND at < $3
GROUP BY type`;

/**
 * Monthly figures computed by SQL aggregates (never by loading cases), with the rules of the SQLite
 * adapter's `summarizeCases`: counts of the cases created in [from, to) (byClass without classless
 * cases), on time / late by answer time against the deadline, open cases past their deadline at
 * `now`, those cases' ratings by level, and the jurisdiction's events with `at` in [from, to) by type.
 */
export async function summarizeCases(sql: Sql, window: SummaryWindow): Promise<CaseSummary> {
  const range = [window.jurisdiction, window.from, window.to];
  const [row, byClass, ratings, eventCounts] = await Promise.all([
    sql.row(monthTotalsSql, [...range, window.now]),
    counts(sql, byClassSql, range),
    counts(sql, ratingsSql, range),
    counts(sql, eventsSql, range),
  ]);
  const n = (field: keyof CaseSummary) => Number(row?.[field] ?? 0);
  return {
    received: n('received'),
    open: n('open'),
    closed: n('closed'),
    refused: n('refused'),
    byClass,
    closedOnTime: n('closedOnTime'),
    closedLate: n('closedLate'),
    overdueOpen: n('overdueOpen'),
    ratings,
    eventCounts,
  };
}

async function counts(sql: Sql, text: string, params: string[]): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const row of await sql.rows(text, params)) result[String(row['k'])] = Number(row['n']);
  return result;
}
