import type { CalendarDay, KpiQuery, UnitKpi } from '../store.js';
import { closedLateSql, closedOnTimeSql } from './sla-outcome.js';
import type { StatementCache } from './statement-cache.js';

/**
 * The month's KPI figures per handling unit in two aggregate passes (never loading cases):
 * 1. cases received in [from, to) (range scan of `cases_kpi`) joined to their unit, latest rating, reopen
 *    probe and the working-day ordinal of the receipt and answer days, grouped by
 *    (unit, handling days, rating level, reopened) — a few hundred rows at most;
 * 2. `urged` / `escalated` events of the window grouped by unit (and tier).
 * Working days come from the caller's calendar, loaded into a temporary table as ordinals
 * (working days up to and including each day), so handling time = ordinal(answer) - ordinal(receipt).
 */
const casesSql = `
SELECT u.org_unit_id AS unit,
  CASE WHEN c.status = 'closed' THEN a.n - b.n END AS days,
  r.level AS level,
  EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'reopened') AS reopened,
  COUNT(*) AS received,
  SUM(c.status = 'open') AS open,
  SUM(c.status = 'closed') AS closed,
  SUM(c.status = 'refused') AS refused,
  SUM(${closedOnTimeSql}) AS closedOnTime,
  SUM(${closedLateSql}) AS closedLate,
  SUM(c.status = 'open' AND c.deadline_at < @now) AS overdueOpen
FROM cases c
LEFT JOIN case_units u ON u.case_id = c.id
LEFT JOIN ratings r ON r.id = (SELECT id FROM ratings WHERE case_id = c.id ORDER BY at DESC, id DESC LIMIT 1)
LEFT JOIN temp.kpi_days b ON b.d = date(c.created_at, @shift)
LEFT JOIN temp.kpi_days a ON a.d = date(COALESCE(c.answered_at, c.closed_at), @shift)
WHERE c.jurisdiction = @jurisdiction AND c.created_at >= @from AND c.created_at < @to
GROUP BY 1, 2, 3, 4`;

const eventsSql = `
SELECT u.org_unit_id AS unit, e.type AS type,
  CASE WHEN e.type = 'escalated' THEN json_extract(e.data, '$.from') END AS tier, COUNT(*) AS n
FROM case_events e LEFT JOIN case_units u ON u.case_id = e.case_id
WHERE e.jurisdiction = @jurisdiction AND e.at >= @from AND e.at < @to AND e.type IN ('urged', 'escalated')
GROUP BY 1, 2, 3`;

export function kpiByUnit(sql: StatementCache, query: KpiQuery): UnitKpi[] {
  loadDays(sql, query.days);
  const shift = `${query.utcOffsetMinutes >= 0 ? '+' : ''}${query.utcOffsetMinutes} minutes`;
  const { jurisdiction, from, to, now } = query;
  const units = new Map<string | null, UnitKpi>();
  const unit = (id: unknown): UnitKpi => {
    const key = id === null || id === undefined ? null : String(id);
    let kpi = units.get(key);
    if (!kpi) units.set(key, (kpi = emptyKpi(key)));
    return kpi;
  };
  for (const row of sql.rows(casesSql, { jurisdiction, from, to, now, shift })) {
    const kpi = unit(row['unit']);
    const n = Number(row['received']);
    kpi.received += n;
    for (const f of ['open', 'closed', 'refused', 'closedOnTime', 'closedLate', 'overdueOpen'] as const)
      kpi[f] += Number(row[f] ?? 0);
    if (row['days'] !== null && row['days'] !== undefined) add(kpi.handlingDays, String(row['days']), n);
    if (row['level'] !== null && row['level'] !== undefined) add(kpi.ratings, String(row['level']), n);
    if (Number(row['reopened'])) kpi.reopened += n;
  }
  for (const row of sql.rows(eventsSql, { jurisdiction, from, to })) {
    const kpi = unit(row['unit']);
    if (row['type'] === 'urged') kpi.urgings += Number(row['n']);
    else add(kpi.escalationsByTier, String(row['tier'] ?? ''), Number(row['n']));
  }
  return [...units.values()].sort((a, b) => (a.orgUnitId ?? '').localeCompare(b.orgUnitId ?? ''));
}

function loadDays(sql: StatementCache, days: CalendarDay[]): void {
  sql.db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS kpi_days (d TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID',
  );
  const insert = sql.db.prepare('INSERT INTO temp.kpi_days (d, n) VALUES (?, ?)');
  sql.db.transaction(() => {
    sql.db.exec('DELETE FROM temp.kpi_days');
    let ordinal = 0;
    for (const day of days) insert.run(day.date, (ordinal += day.working ? 1 : 0));
  })();
}

function add(counts: Record<string, number>, key: string, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}

function emptyKpi(orgUnitId: string | null): UnitKpi {
  return {
    orgUnitId,
    received: 0,
    open: 0,
    closed: 0,
    refused: 0,
    closedOnTime: 0,
    closedLate: 0,
    overdueOpen: 0,
    handlingDays: {},
    ratings: {},
    reopened: 0,
    urgings: 0,
    escalationsByTier: {},
  };
}
