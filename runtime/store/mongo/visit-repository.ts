import type { Db } from 'mongodb';
import type { VisitRecord } from '../records.js';
import type { Page, StaffVisitCount, VisitQuery, VisitRepository } from '../store.js';
import { jurisdictionFilter, Query, range } from './query.js';
import { visitDocs } from './supervision-collections.js';

interface VisitGroup {
  _id: { staffId: string; kind: string; enterpriseId: string };
  n: number;
}

export class MongoVisitRepository implements VisitRepository {
  private readonly q: Query<VisitRecord>;
  constructor(db: Db) {
    this.q = new Query(db, visitDocs);
  }

  list(query: VisitQuery): Promise<Page<VisitRecord>> {
    const filter = jurisdictionFilter(query, ['enterpriseId', 'staffId', 'kind']);
    range(filter, 'at', query.from, query.to);
    return this.q.page(filter, { at: -1, _id: -1 }, query);
  }

  /**
   * Grouped by (staff, kind, enterprise) in the database, folded per (staff, kind) here: FerretDB v1
   * has no `$addToSet` accumulator for a distinct count. Rows are bounded by staff x kinds x enterprises.
   */
  async countsByStaff(jurisdiction: string, from: string, to: string): Promise<StaffVisitCount[]> {
    const groups = await this.q.aggregate<VisitGroup>([
      { $match: { jurisdiction, at: { $gte: from, $lt: to } } },
      {
        $group: {
          _id: { staffId: '$staffId', kind: '$kind', enterpriseId: '$enterpriseId' },
          n: { $sum: 1 },
        },
      },
    ]);
    const counts = new Map<string, StaffVisitCount>();
    for (const { _id, n } of groups) {
      const key = JSON.stringify([_id.staffId, _id.kind]);
      const entry = counts.get(key) ?? { staffId: _id.staffId, kind: _id.kind, visits: 0, enterprises: 0 };
      entry.visits += n;
      entry.enterprises += 1;
      counts.set(key, entry);
    }
    return [...counts.values()].sort((a, b) => compare(a.staffId, b.staffId) || compare(a.kind, b.kind));
  }
}

/** Binary string order, like SQLite's default collation. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
