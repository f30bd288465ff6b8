import { levelsWithStanding } from '../definitions/rating-scale.js';
import type { Clock } from '../common/clock.js';
import { exceptionCases, exceptionKinds, type ExceptionKind } from '../cases/exception-cases.js';
import type { MechanismCatalog } from '../cases/mechanism-catalog.js';
import { monthRange } from '../cases/monthly-report.js';
import type { CalendarDay, Store, UnitKpi } from '../store/store.js';
import { addCount, emptyUnitKpi } from '../store/unit-kpi.js';
import { unitFigures, type UnitFigures } from './unit-figures.js';

export interface KpiReport {
  jurisdiction: string;
  /** The month (YYYY-MM) of a monthly report, or the year (YYYY) of an annual roll-up. */
  month: string;
  /** The whole jurisdiction (every unit, and cases no unit has worked yet). */
  total: UnitFigures;
  /** Per handling unit (承办单位), ranked: on-time rate, then satisfaction, then fewer overdue. */
  units: UnitFigures[];
  /** 异常件 counts of the jurisdiction (open lists at the time of the report). */
  exceptions: Record<ExceptionKind, number>;
}

export interface KpiDeps {
  store: Pick<Store, 'cases' | 'directory'>;
  catalog: MechanismCatalog;
  clock: Clock;
}

/**
 * KPIs per jurisdiction, org unit and month (每月对承办单位响应、办结、满意等情况进行评价分析), on the
 * jurisdiction's calendar and rating scale. The store aggregates (one scan of the period's cases);
 * this only derives rates and percentiles.
 */
export async function kpiReport(deps: KpiDeps, jurisdiction: string, month: string): Promise<KpiReport> {
  const { mechanism } = await deps.catalog.current(jurisdiction);
  return kpiOfPeriod(deps, jurisdiction, month, monthRange(month, mechanism.calendar.utcOffsetMinutes));
}

/** 年度考核: the same figures over the cases received in a calendar year (local time). */
export async function kpiAnnualReport(deps: KpiDeps, jurisdiction: string, year: string): Promise<KpiReport> {
  const { mechanism } = await deps.catalog.current(jurisdiction);
  const offset = mechanism.calendar.utcOffsetMinutes;
  const period = { from: monthRange(`${year}-01`, offset).from, to: monthRange(`${year}-12`, offset).to };
  return kpiOfPeriod(deps, jurisdiction, year, period);
}

async function kpiOfPeriod(
  deps: KpiDeps,
  jurisdiction: string,
  label: string,
  { from, to }: { from: string; to: string },
): Promise<KpiReport> {
  const { mechanism, calendar } = await deps.catalog.current(jurisdiction);
  const offset = mechanism.calendar.utcOffsetMinutes;
  const now = deps.clock.now();
  const days: CalendarDay[] = [];
  const last = calendar.localDate(now > new Date(to) ? now : new Date(to));
  for (let d = calendar.localDate(new Date(from)); d <= last; d = nextDate(d))
    days.push({ date: d, working: calendar.isWorkingDate(d) });
  const rows = await deps.store.cases.kpiByUnit({
    jurisdiction,
    from,
    to,
    now: now.toISOString(),
    utcOffsetMinutes: offset,
    days,
  });
  const satisfied = new Set(levelsWithStanding(mechanism, 'satisfied'));
  const names = new Map((await deps.store.directory.orgUnits(jurisdiction)).map((u) => [u.id, u.name]));
  const units = rows
    .filter((r) => r.orgUnitId !== null)
    .map((r) => unitFigures(r, names.get(r.orgUnitId ?? '') ?? r.orgUnitId ?? '', satisfied))
    .sort(byRank);
  const exceptions = {} as Record<ExceptionKind, number>;
  for (const kind of exceptionKinds)
    exceptions[kind] = (await exceptionCases(deps, jurisdiction, kind, { limit: 1, offset: 0 })).total;
  return { jurisdiction, month: label, total: unitFigures(sum(rows), '合计', satisfied), units, exceptions };
}

function byRank(a: UnitFigures, b: UnitFigures): number {
  return (
    (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) ||
    (b.satisfactionRate ?? -1) - (a.satisfactionRate ?? -1) ||
    a.overdue - b.overdue ||
    a.name.localeCompare(b.name)
  );
}

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function sum(rows: UnitKpi[]): UnitKpi {
  const total = emptyUnitKpi(null);
  for (const r of rows) {
    for (const f of [
      'received',
      'open',
      'closed',
      'refused',
      'closedOnTime',
      'closedLate',
      'overdueOpen',
      'reopened',
      'urgings',
      'unrated',
    ] as const)
      total[f] += r[f];
    for (const f of ['handlingDays', 'responseDays', 'ratings', 'escalationsByTier'] as const)
      for (const [k, n] of Object.entries(r[f])) addCount(total[f], k, n);
  }
  return total;
}
