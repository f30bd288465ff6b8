import type { KpiQuery, UnitKpi } from '../store.js';
import { foldUnitKpis, type KpiCaseGroup, type KpiEventGroup } from '../unit-kpi.js';
import type { Sql } from './sql.js';

/**
 * The month's KPI figures per handling unit in two aggregate queries (never loading cases), as in
 * the SQLite adapter:
 * 1. cases received in [from, to): a range scan of the covering index `case_kpi_by_month` over
 *    `case_kpi` (one narrow row per case, kept by triggers — `schema-case-kpi.ts`, and
 *    `schema-case-kpi-response.ts` for the first response) joined to the working-day ordinal of the
 *    receipt, answer and response days, grouped by (unit, handling days, response days, rating
 *    level, reopened);
 * 2. `urged` / `escalated` events of the window grouped by unit (and tier).
 * The caller's calendar arrives as two arrays (local dates, working-day ordinals up to and including
 * each day), so handling time = ordinal(answer day) - ordinal(receipt day); an instant's local day
 * is its UTC time shifted by the offset, as a date.
 */
export const kpiCasesSql = `
WITH days AS (SELECT * FROM unnest($5::date[], $6::int[]) AS d(day, n))
SELECT k.org_unit_id AS unit,
  CASE WHEN k.status = 'closed' THEN a.n - b.n END AS days,
  r.n - b.n AS "responseDays",
  k.level AS level,
  k.reopened::int AS reopened,
  COUNT(*) AS received,
  COUNT(*) FILTER (WHERE k.status = 'open') AS open,
  COUNT(*) FILTER (WHERE k.status = 'closed') AS closed,
  COUNT(*) FILTER (WHERE k.status = 'refused') AS refused,
  COUNT(*) FILTER (WHERE k.status = 'closed' AND k.answer_at <= k.deadline_at) AS "closedOnTime",
  COUNT(*) FILTER (WHERE k.status = 'closed' AND k.answer_at > k.deadline_at) AS "closedLate",
  COUNT(*) FILTER (WHERE k.status = 'open' AND k.deadline_at < $4) AS "overdueOpen"
FROM case_kpi k
LEFT JOIN days b ON b.day = (k.created_at AT TIME ZONE 'UTC' + make_interval(mins => $7::int))::date
LEFT JOIN days a ON a.day = (k.answer_at AT TIME ZONE 'UTC' + make_interval(mins => $7::int))::date
LEFT JOIN days r ON r.day = (k.responded_at AT TIME ZONE 'UTC' + make_interval(mins => $7::int))::date
WHERE k.jurisdiction = $1 AND k.created_at >= $2 AND k.created_at < $3
GROUP BY 1, 2, 3, 4, 5`;

const eventsSql = `
SELECT u.org_unit_id AS unit, e.type AS type,
  CASE WHEN e.type = 'escalated' THEN e.data ->> 'from' END AS tier, COUNT(*) AS n
FROM case_events e LEFT JOIN case_units u ON u.case_id = e.case_id
WHERE e.jurisdiction = $1 AND e.at >= $2 AND e.at < $3 AND e.type IN ('urged', 'escalated')
GROUP BY 1, 2, 3`;

export async function kpiByUnit(sql: Sql, query: KpiQuery): Promise<UnitKpi[]> {
  const { jurisdiction, from, to, now } = query;
  let ordinal = 0;
  const ordinals = query.days.map((day) => (ordinal += day.working ? 1 : 0));
  const dates = query.days.map((day) => day.date);
  const [cases, events] = await Promise.all([
    sql.rows(kpiCasesSql, [jurisdiction, from, to, now, dates, ordinals, query.utcOffsetMinutes]),
    sql.rows(eventsSql, [jurisdiction, from, to]),
  ]);
  return foldUnitKpis(cases as KpiCaseGroup[], events as KpiEventGroup[]);
}
