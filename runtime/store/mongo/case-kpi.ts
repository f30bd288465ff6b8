import type { Db } from 'mongodb';
import type { CalendarDay, KpiQuery, UnitKpi } from '../store.js';
import { addCount, emptyUnitKpi } from '../unit-kpi.js';
import type { StoredDoc } from './document-codec.js';

interface KpiCase {
  _id: string;
  status: string;
  createdAt: string;
  answeredAt: string | null;
  closedAt: string | null;
  deadlineAt: string | null;
  _closedLate: boolean;
  _closedOnTime: boolean;
  _rating: string | null;
  _eventTypes: string[];
  _unit: string | null;
  _respondedAt: string | null;
}

/**
 * The month's KPI figures per handling unit. FerretDB v1 has no `$cond`/`$lookup`/date operators, so
 * the window's cases are streamed with a narrow projection (no case data) and folded here, in memory
 * bounded by the number of units; events are grouped per case in the database, then per unit.
 * Working-day handling (response) time = ordinal(answer (first response) day) - ordinal(receipt day),
 * days from the caller's calendar.
 */
export async function kpiByUnit(db: Db, query: KpiQuery): Promise<UnitKpi[]> {
  const ordinals = dayOrdinals(query.days);
  const localDay = (iso: string) =>
    new Date(Date.parse(iso) + query.utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
  const units = new Map<string | null, UnitKpi>();
  const unit = (id: string | null): UnitKpi => {
    let kpi = units.get(id);
    if (!kpi) units.set(id, (kpi = emptyUnitKpi(id)));
    return kpi;
  };
  const cases = db.collection<StoredDoc>('cases');
  const window = { jurisdiction: query.jurisdiction, createdAt: { $gte: query.from, $lt: query.to } };
  const projection = { data: 0, title: 0 };
  for await (const doc of cases.find(window, { projection })) {
    const c = doc as unknown as KpiCase;
    const kpi = unit(c._unit ?? null);
    kpi.received += 1;
    if (c.status === 'open' || c.status === 'closed' || c.status === 'refused') kpi[c.status] += 1;
    if (c._closedOnTime) kpi.closedOnTime += 1;
    if (c._closedLate) kpi.closedLate += 1;
    if (c.status === 'open' && c.deadlineAt !== null && c.deadlineAt < query.now) kpi.overdueOpen += 1;
    const answered = c.answeredAt ?? c.closedAt;
    if (c.status === 'closed' && answered !== null) {
      const start = ordinals.get(localDay(c.createdAt));
      const end = ordinals.get(localDay(answered));
      if (start !== undefined && end !== undefined) addCount(kpi.handlingDays, String(end - start), 1);
    }
    if (c._respondedAt) {
      const start = ordinals.get(localDay(c.createdAt));
      const end = ordinals.get(localDay(c._respondedAt));
      if (start !== undefined && end !== undefined) addCount(kpi.responseDays, String(end - start), 1);
    }
    if (c._rating !== null && c._rating !== undefined) addCount(kpi.ratings, c._rating, 1);
    else if (c.status === 'closed') kpi.unrated += 1;
    if ((c._eventTypes ?? []).includes('reopened')) kpi.reopened += 1;
  }
  await foldEvents(db, query, unit);
  return [...units.values()].sort((a, b) => (a.orgUnitId ?? '').localeCompare(b.orgUnitId ?? ''));
}

interface EventGroup {
  _id: { caseId: string; type: string; tier: unknown };
  n: number;
}

async function foldEvents(db: Db, query: KpiQuery, unit: (id: string | null) => UnitKpi): Promise<void> {
  const groups = await db
    .collection<StoredDoc>('case_events')
    .aggregate<EventGroup>([
      {
        $match: {
          jurisdiction: query.jurisdiction,
          at: { $gte: query.from, $lt: query.to },
          type: { $in: ['urged', 'escalated'] },
        },
      },
      { $group: { _id: { caseId: '$caseId', type: '$type', tier: '$data.from' }, n: { $sum: 1 } } },
    ])
    .toArray();
  const caseIds = [...new Set(groups.map((g) => g._id.caseId))];
  const unitOf = new Map<string, string | null>();
  for (let i = 0; i < caseIds.length; i += 1000) {
    const docs = await db
      .collection<StoredDoc>('case_units')
      .find({ _id: { $in: caseIds.slice(i, i + 1000) } }, { projection: { orgUnitId: 1 } })
      .toArray();
    for (const doc of docs)
      unitOf.set(doc._id, typeof doc['orgUnitId'] === 'string' ? doc['orgUnitId'] : null);
  }
  for (const { _id: g, n } of groups) {
    const kpi = unit(unitOf.get(g.caseId) ?? null);
    if (g.type === 'urged') kpi.urgings += n;
    else addCount(kpi.escalationsByTier, g.tier === null || g.tier === undefined ? '' : String(g.tier), n);
  }
}

/** Working days up to and including each day. */
function dayOrdinals(days: CalendarDay[]): Map<string, number> {
  const ordinals = new Map<string, number>();
  let ordinal = 0;
  for (const day of days) ordinals.set(day.date, (ordinal += day.working ? 1 : 0));
  return ordinals;
}
