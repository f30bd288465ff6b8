import type { Sql } from './sql.js';

export interface EventCountWindow {
  jurisdiction: string;
  types: string[];
  /** createdAt >= from (ISO) */
  from: string;
  /** createdAt < to (ISO) */
  to: string;
}

/**
 * Per distinct requested type: one range scan over the window's cases (jurisdiction, created_at)
 * with an index-only EXISTS probe of case_events (case_id, type) each, so a case counts once however
 * many such events it has, and the work is bounded by the window, not by the event history.
 */
const countByEventTypeSql = `
SELECT t.type AS k,
  (SELECT COUNT(*) FROM cases c
   WHERE c.jurisdiction = $1 AND c.created_at >= $2 AND c.created_at < $3
     AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = t.type)) AS n
FROM (SELECT DISTINCT unnest($4::text[]) AS type) t`;

/** Distinct cases created in [from, to) having each event type; every requested type is a key. */
export async function countCasesByEventType(
  sql: Sql,
  window: EventCountWindow,
): Promise<Record<string, number>> {
  const rows = await sql.rows(countByEventTypeSql, [
    window.jurisdiction,
    window.from,
    window.to,
    window.types,
  ]);
  const result: Record<string, number> = {};
  for (const row of rows) result[String(row['k'])] = Number(row['n']);
  return result;
}
