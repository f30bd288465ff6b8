import type { Db } from 'mongodb';
import type { CaseRecord } from '../records.js';
import { CaseAggregateReads } from '../case-windows.js';
import type { CaseQuery, CaseRepository, Page } from '../store.js';
import { caseDocs } from './case-collections.js';
import { kpiByUnit } from './case-kpi.js';
import { countCasesByEventType, summarizeCases } from './case-summary.js';
import { equals, jurisdictionFilter, Query, range } from './query.js';

export class MongoCaseRepository extends CaseAggregateReads<Db> implements CaseRepository {
  private readonly q: Query<CaseRecord>;
  constructor(db: Db) {
    super(db, { summarizeCases, countCasesByEventType, kpiByUnit });
    this.q = new Query(db, caseDocs);
  }

  get(id: string): Promise<CaseRecord | null> {
    return this.q.one({ _id: id });
  }

  /** Cases matching every given filter, newest (createdAt, then id) first. */
  list(query: CaseQuery): Promise<Page<CaseRecord>> {
    return this.q.page(caseFilter(query), { createdAt: -1, _id: -1 }, query);
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
