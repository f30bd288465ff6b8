import type { CalendarDay, KpiQuery, UnitKpi } from '../store.js';
import { foldUnitKpis, type KpiCaseGroup, type KpiEventGroup } from '../unit-kpi.js';
import type { StatementCache } from './statement-cache.js';

/**
 * The month's KPI figures per handling unit in two aggregate passes (never loading cases):
 * 1. cases received in [from, to): a range scan of the covering index `case_kpi_by_month` over
 *    `case_kpi` (one narrow row per case with its unit, latest rating level, reopen flag and first
 *    response, kept by triggers — migrations 9 and 26) joined to the working-day ordinal of the
 *    receipt, answer and response days, grouped by (unit, handling days, response days, rating
 *    level, reopened) — a few thousand rows at most;
 * 2. `urged` / `escalated` events of the window grouped by unit (and tier).
 * Working days come from the caller's calendar, loaded into a temporary table as ordinals
 * (working days up to and including each day), so handling time = ordinal(answer) - ordinal(receipt).
 * Days are keyed by their number since 1970-01-01 (an integer rowid: about twice as fast to join as
 * date strings); an instant's local day is (unixepoch + offset seconds) / 86400, integer division,
 * which equals date(instant, offset) for every instant after 1970.
 */
const casesSql = `
SELECT k.org_unit_id AS unit,
  CASE WHEN k.status = 'closed' THEN a.n - b.n END AS days,
  r.n - b.n AS responseDays,
  k.level AS level,
  k.reopened AS reopened,
  COUNT(*) AS received,
  SUM(k.status = 'open') AS open,
  SUM(k.status = 'closed') AS closed,
  SUM(k.status = 'refused') AS refused,
  SUM(k.status = 'closed' AND k.answer_at <= k.deadline_at) AS closedOnTime,
  SUM(k.status = 'closed' AND k.answer_at > k.deadline_at) AS closedLate,
  SUM(k.status = 'open' AND k.deadline_at < @now) AS overdueOpen
FROM case_kpi k INDEXED BY case_kpi_by_month
LEFT JOIN temp.kpi_day_ordinals b ON b.day = (unixepoch(k.created_at) + CAST(@shift AS INTEGER)) / 86400
LEFT JOIN temp.kpi_day_ordinals a ON a.day = (unixepoch(k.answer_at) + CAST(@shift AS INTEGER)) / 86400
LEFT JOIN temp.kpi_day_ordinals r ON r.day = (unixepoch(k.responded_at) + CAST(@shift AS INTEGER)) / 86400
WHERE k.jurisdiction = @jurisdiction AND k.created_at >= @from AND k.created_at < @to
GROUP BY 1, 2, 3, 4, 5`;

const eventsSql = `
SELECT u.org_unit_id AS unit, e.type AS type,
  CASE WHEN e.type = 'escalated' THEN json_extract(e.data, '$.from') END AS tier, COUNT(*) AS n
FROM case_events e LEFT JOIN case_units u ON u.case_id = e.case_id
WHERE e.jurisdiction = @jurisdiction AND e.at >= @from AND e.at < @to AND e.type IN ('urged', 'escalated')
GROUP BY 1, 2, 3`;

export function kpiByUnit(sql: StatementCache, query: KpiQuery): UnitKpi[] {
  loadDays(sql, query.days);
  const shift = query.utcOffsetMinutes * 60;
  const { jurisdiction, from, to, now } = query;
  const cases = sql.rows(casesSql, { jurisdiction, from, to, now, shift }) as KpiCaseGroup[];
  return foldUnitKpis(cases, sql.rows(eventsSql, { jurisdiction, from, to }) as KpiEventGroup[]);
}

function loadDays(sql: StatementCache, days: CalendarDay[]): void {
  sql.db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS kpi_day_ordinals (day INTEGER PRIMARY KEY, n INTEGER NOT NULL)',
  );
  const insert = sql.db.prepare('INSERT INTO temp.kpi_day_ordinals (day, n) VALUES (?, ?)');
  sql.db.transaction(() => {
    sql.db.exec('DELETE FROM temp.kpi_day_ordinals');
    let ordinal = 0;
    for (const day of days)
      insert.run(Date.parse(`${day.date}T00:00:00Z`) / 86_400_000, (ordinal += day.working ? 1 : 0));
  })();
}
