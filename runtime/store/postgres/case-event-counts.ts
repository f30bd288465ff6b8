import type { Sql } from './sql.js';
import type { EventCountWindow } from '../case-windows.js';

/**
 * Cases received in the window having at least one event of the type ($4): the window's cases
 * (jurisdiction, created_at) semi-joined to the events of that type, so a case counts once however
 * many such events it has. One query per type, so the planner knows how rare the type is and
 * chooses between probing `case_events_by_case_type` per case and starting from `case_events_by_type`
 * (a case's events carry its jurisdiction, as the case filter also relies on).
 */
export const countByEventTypeSql = `
SELECT COUNT(*) AS n FROM cases c
WHERE c.jurisdiction = $1 AND c.created_at >= $2 AND c.created_at < $3
  AND EXISTS (SELECT 1 FROM case_events e WHERE e.jurisdiction = $1 AND e.case_id = c.id AND e.type = $4)`;

/** Distinct cases created in [from, to) having each event type; every requested type is a key. */
export async function countCasesByEventType(
  sql: Sql,
  window: EventCountWindow,
): Promise<Record<string, number>> {
  const types = [...new Set(window.types)];
  const counts = await Promise.all(
    types.map((type) => sql.scalar(countByEventTypeSql, [window.jurisdiction, window.from, window.to, type])),
  );
  return Object.fromEntries(types.map((type, i) => [type, Number(counts[i])]));
}
