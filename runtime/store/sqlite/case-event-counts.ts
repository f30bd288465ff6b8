import type { StatementCache } from './statement-cache.js';
import type { EventCountWindow } from '../case-windows.js';

/**
 * Per distinct requested type: one range scan over the window's cases (jurisdiction, created_at)
 * with an index-only EXISTS probe of case_events (case_id, type) each, so a case counts once however
 * many such events it has, and the work is bounded by the window, not by the event history.
 */
export const countByEventTypeSql = `
SELECT t.value AS k,
  (SELECT COUNT(*) FROM cases c
   WHERE c.jurisdiction = @jurisdiction AND c.created_at >= @from AND c.created_at < @to
     AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = t.value)) AS n
FROM (SELECT DISTINCT value FROM json_each(@types)) t`;

/** Distinct cases created in [from, to) having each event type; every requested type is a key. */
export function countCasesByEventType(sql: StatementCache, window: EventCountWindow): Record<string, number> {
  const params = { ...window, types: JSON.stringify(window.types) };
  const result: Record<string, number> = {};
  for (const row of sql.rows(countByEventTypeSql, params)) result[String(row['k'])] = Number(row['n']);
  return result;
}
