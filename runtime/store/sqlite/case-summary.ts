import type { CaseSummary } from '../store.js';
import { closedLateSql, closedOnTimeSql } from './sla-outcome.js';
import type { StatementCache } from './statement-cache.js';
import type { SummaryWindow } from '../case-windows.js';

/** Cases received in the window: one range scan over (jurisdiction, created_at). */
const casesSql = `
SELECT COUNT(*) AS received,
  COALESCE(SUM(status = 'open'), 0) AS open,
  COALESCE(SUM(status = 'closed'), 0) AS closed,
  COALESCE(SUM(status = 'refused'), 0) AS refused,
  COALESCE(SUM(${closedOnTimeSql}), 0) AS closedOnTime,
  COALESCE(SUM(${closedLateSql}), 0) AS closedLate,
  COALESCE(SUM(status = 'open' AND deadline_at < @now), 0) AS overdueOpen
FROM cases WHERE jurisdiction = @jurisdiction AND created_at >= @from AND created_at < @to`;

const byClassSql = `
SELECT request_class AS k, COUNT(*) AS n FROM cases
WHERE jurisdiction = @jurisdiction AND created_at >= @from AND created_at < @to AND request_class IS NOT NULL
GROUP BY request_class`;

const ratingsSql = `
SELECT r.level AS k, COUNT(*) AS n FROM cases c JOIN ratings r ON r.case_id = c.id
WHERE c.jurisdiction = @jurisdiction AND c.created_at >= @from AND c.created_at < @to
GROUP BY r.level`;

const eventsSql = `
SELECT type AS k, COUNT(*) AS n FROM case_events
WHERE jurisdiction = @jurisdiction AND at >= @from AND at < @to
GROUP BY type`;

/**
 * Monthly figures computed by SQL aggregates (never by loading cases):
 * - received/open/closed/refused/byClass: cases created in [from, to); byClass leaves out cases without a class;
 * - closedOnTime/closedLate: closed cases of those answered (answeredAt, else closedAt) <= / > deadlineAt
 *   (no deadline: neither; the rule lives in `sla-outcome.ts`);
 * - overdueOpen: open cases of those whose deadlineAt < now;
 * - ratings: ratings of those cases by level;
 * - eventCounts: the jurisdiction's case events with `at` in [from, to), by type.
 */
export function summarizeCases(sql: StatementCache, window: SummaryWindow): CaseSummary {
  const params = { ...window };
  const { now: _now, ...rangeParams } = params;
  const totals = sql.row(casesSql, params) ?? {};
  return {
    received: Number(totals['received'] ?? 0),
    open: Number(totals['open'] ?? 0),
    closed: Number(totals['closed'] ?? 0),
    refused: Number(totals['refused'] ?? 0),
    byClass: counts(sql, byClassSql, rangeParams),
    closedOnTime: Number(totals['closedOnTime'] ?? 0),
    closedLate: Number(totals['closedLate'] ?? 0),
    overdueOpen: Number(totals['overdueOpen'] ?? 0),
    ratings: counts(sql, ratingsSql, rangeParams),
    eventCounts: counts(sql, eventsSql, rangeParams),
  };
}

function counts(sql: StatementCache, text: string, params: Record<string, string>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const row of sql.rows(text, params)) result[String(row['k'])] = Number(row['n']);
  return result;
}
