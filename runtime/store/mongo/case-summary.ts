import { addCount } from '../unit-kpi.js';
import type { Db } from 'mongodb';
import type { CaseSummary } from '../store.js';
import type { StoredDoc } from './document-codec.js';
import { emptyCaseSummary, type EventCountWindow, type SummaryWindow } from '../case-windows.js';

interface CaseGroup {
  _id: { status: string; requestClass: string | null; late: boolean; onTime: boolean; rating: string | null };
  n: number;
}
interface CountGroup {
  _id: string | null;
  n: number;
}

/**
 * Monthly figures by aggregation in the database (never loading cases): one `$group` of the window's
 * cases by (status, class, SLA flags, rating level) — a few dozen rows — folded here, one count of
 * overdue open cases and one `$group` of the window's events by type. Same rules as the SQLite adapter.
 */
export async function summarizeCases(db: Db, window: SummaryWindow): Promise<CaseSummary> {
  const cases = db.collection<StoredDoc>('cases');
  const inWindow = { jurisdiction: window.jurisdiction, createdAt: { $gte: window.from, $lt: window.to } };
  const [groups, overdueOpen, events] = await Promise.all([
    cases
      .aggregate<CaseGroup>([
        { $match: inWindow },
        {
          $group: {
            _id: {
              status: '$status',
              requestClass: '$requestClass',
              late: '$_closedLate',
              onTime: '$_closedOnTime',
              rating: '$_rating',
            },
            n: { $sum: 1 },
          },
        },
      ])
      .toArray(),
    cases.countDocuments({ ...inWindow, status: 'open', deadlineAt: { $lt: window.now } }),
    db
      .collection<StoredDoc>('case_events')
      .aggregate<CountGroup>([
        { $match: { jurisdiction: window.jurisdiction, at: { $gte: window.from, $lt: window.to } } },
        { $group: { _id: '$type', n: { $sum: 1 } } },
      ])
      .toArray(),
  ]);
  const summary: CaseSummary = { ...emptyCaseSummary(), overdueOpen };
  for (const { _id: g, n } of groups) {
    summary.received += n;
    if (g.status === 'open' || g.status === 'closed' || g.status === 'refused') summary[g.status] += n;
    if (g.requestClass !== null && g.requestClass !== undefined) addCount(summary.byClass, g.requestClass, n);
    if (g.late === true) summary.closedLate += n;
    if (g.onTime === true) summary.closedOnTime += n;
    if (g.rating !== null && g.rating !== undefined) addCount(summary.ratings, g.rating, n);
  }
  for (const { _id: type, n } of events) if (type !== null) addCount(summary.eventCounts, type, n);
  return summary;
}

/** Per distinct type: the window's cases whose `_eventTypes` hold it. */
export async function countCasesByEventType(
  db: Db,
  window: EventCountWindow,
): Promise<Record<string, number>> {
  const cases = db.collection<StoredDoc>('cases');
  const result: Record<string, number> = {};
  for (const type of new Set(window.types))
    result[type] = await cases.countDocuments({
      jurisdiction: window.jurisdiction,
      createdAt: { $gte: window.from, $lt: window.to },
      _eventTypes: type,
    });
  return result;
}
