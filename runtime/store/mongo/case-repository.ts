import type { Db } from 'mongodb';
import type { CaseRecord } from '../records.js';
import type { CaseQuery, CaseRepository, CaseSummary, KpiQuery, Page, UnitKpi } from '../store.js';
import { caseDocs } from './case-collections.js';
import { kpiByUnit } from './case-kpi.js';
import { summarizeCases } from './case-summary.js';
import { DocRepository, equals, jurisdictionFilter, range } from './query.js';

export class MongoCaseRepository extends DocRepository<CaseRecord> implements CaseRepository {
  constructor(private readonly db: Db) {
    super(db, caseDocs);
  }

  /** Cases matching every given filter, newest (createdAt, then id) first. */
  list(query: CaseQuery): Promise<Page<CaseRecord>> {
    return this.q.page(caseFilter(query), { createdAt: -1, _id: -1 }, query);
  }

  summary(jurisdiction: string, from: string, to: string, now: string): Promise<CaseSummary> {
    return summarizeCases(this.db, { jurisdiction, from, to, now });
  }

  /** Per distinct type: the window's cases whose `_eventTypes` hold it. */
  async countByEventType(
    jurisdiction: string,
    types: string[],
    from: string,
    to: string,
  ): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const type of new Set(types))
      result[type] = await this.q.count({
        jurisdiction,
        createdAt: { $gte: from, $lt: to },
        _eventTypes: type,
      });
    return result;
  }

  kpiByUnit(query: KpiQuery): Promise<UnitKpi[]> {
    return kpiByUnit(this.db, query);
  }
}

/**
 * Every given filter, AND-ed, over the case document alone: ranges are half-open; a null deadline
 * fails both deadline bounds (a range never matches null); `closedLate` reads the stored flag, so
 * false is its exact complement; an empty `ratingLevels` matches none.
 */
export function caseFilter(query: CaseQuery): Record<string, unknown> {
  const filter = jurisdictionFilter(query, [
    'status',
    'enterpriseId',
    'submittedBy',
    'requestClass',
    'definitionVersion',
  ]);
  range(filter, 'createdAt', query.from, query.to);
  range(filter, 'deadlineAt', query.deadlineFrom, query.deadlineTo);
  equals(filter, '_closedLate', query.closedLate);
  if (query.ratingLevels !== undefined) filter['_rating'] = { $in: query.ratingLevels };
  equals(filter, '_eventTypes', query.withEventType);
  return filter;
}
