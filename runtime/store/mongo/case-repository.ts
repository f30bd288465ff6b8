import type { Db } from 'mongodb';
import type { CaseRecord } from '../records.js';
import { CaseAggregateReads } from '../case-windows.js';
import type { CaseQuery, CaseRepository, LedgerFacts, Page } from '../store.js';
import { caseDocs } from './case-collections.js';
import { kpiByUnit } from './case-kpi.js';
import { countCasesByEventType, summarizeCases } from './case-summary.js';
import { equals, jurisdictionFilter, Query, range } from './query.js';
import { caseNumberSearchEnd } from '../case-numbers.js';
import { pageWindow } from '../paging.js';

export class MongoCaseRepository extends CaseAggregateReads<Db> implements CaseRepository {
  private readonly q: Query<CaseRecord>;
  constructor(db: Db) {
    super(db, { summarizeCases, countCasesByEventType, kpiByUnit });
    this.q = new Query(db, caseDocs);
  }

  get(id: string): Promise<CaseRecord | null> {
    return this.q.one({ _id: id });
  }

  /** Cases matching every given filter, newest (createdAt, then id) first or oldest; keyset after `query.after`. */
  async list(query: CaseQuery): Promise<Page<CaseRecord>> {
    const filter = caseFilter(query);
    const way = query.order === 'oldest' ? 1 : -1;
    const sort = { createdAt: way, _id: way } as const;
    if (query.after === undefined) return this.q.page(filter, sort, query);
    const { createdAt, id } = query.after;
    const op = way === 1 ? '$gt' : '$lt';
    const after = { $or: [{ createdAt: { [op]: createdAt } }, { createdAt, _id: { [op]: id } }] };
    const [total, items] = await Promise.all([
      query.countTotal === false ? 0 : this.q.count(filter, query.countLimit),
      this.q.many({ $and: [filter, after] }, sort, pageWindow(query).limit),
    ]);
    return { items, total };
  }

  async ledgerFacts(caseIds: readonly string[]): Promise<Record<string, LedgerFacts>> {
    const docs = await this.q.collection
      .find({ _id: { $in: [...caseIds] } }, { projection: { _unit: 1, _rating: 1 } })
      .toArray();
    return Object.fromEntries(
      docs.map((d) => [
        d._id,
        {
          orgUnitId: (d['_unit'] as string | null) ?? null,
          ratingLevel: (d['_rating'] as string | null) ?? null,
        },
      ]),
    );
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
  return ledgerFilter(query, filter);
}

/** The 台账's filters (`CaseQuery`: number prefix, channel, tier, enterprises, units, overdue). */
function ledgerFilter(query: CaseQuery, filter: Record<string, unknown>): Record<string, unknown> {
  equals(filter, 'channel', query.channel);
  equals(filter, 'tier', query.tier);
  if (query.caseNumberPrefix !== undefined)
    filter['caseNumber'] = { $gte: query.caseNumberPrefix, $lt: caseNumberSearchEnd(query.caseNumberPrefix) };
  if (query.unnumbered) filter['caseNumber'] = null;
  if (query.enterpriseIds !== undefined) filter['enterpriseId'] = { $in: query.enterpriseIds };
  if (query.orgUnitIds !== undefined) filter['_unit'] = { $in: query.orgUnitIds };
  if (query.overdue !== undefined && query.overdueAt !== undefined) {
    // a range never matches null: cases without a deadline are never overdue
    const late = [{ status: 'open', deadlineAt: { $lt: query.overdueAt } }, { _closedLate: true }];
    filter['$and'] = [query.overdue ? { $or: late } : { $nor: late }];
  }
  return filter;
}
