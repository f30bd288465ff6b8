import type { Db } from 'mongodb';
import type {
  IndicatorDrop,
  IndicatorDropQuery,
  IndicatorQuery,
  IndicatorRecord,
  IndicatorRepository,
} from '../indicators.js';
import type { Page } from '../store.js';
import { indicatorDocs } from './indicator-collections.js';
import { jurisdictionFilter, Query } from './query.js';
import { compare } from './visit-repository.js';

export class MongoIndicatorRepository implements IndicatorRepository {
  private readonly q: Query<IndicatorRecord>;
  constructor(db: Db) {
    this.q = new Query(db, indicatorDocs);
  }

  list(query: IndicatorQuery): Promise<Page<IndicatorRecord>> {
    const filter = jurisdictionFilter(query, ['enterpriseId', 'metric', 'month']);
    return this.q.page(filter, { month: -1, enterpriseId: 1, metric: 1 }, query);
  }

  /**
   * The two months' figures of the metrics, joined here by (enterprise, metric) (no `$lookup` in
   * FerretDB v1); the fall is compared without dividing, so exactly the threshold counts.
   */
  async drops(query: IndicatorDropQuery): Promise<IndicatorDrop[]> {
    if (query.metrics.length === 0) return [];
    const metric = { $in: query.metrics };
    const [current, base] = await Promise.all([
      this.q.many({ jurisdiction: query.jurisdiction, month: query.month, metric }, { enterpriseId: 1 }),
      this.q.many({ jurisdiction: query.jurisdiction, month: query.baseMonth, metric }, { enterpriseId: 1 }),
    ]);
    const baseOf = new Map(base.map((b) => [JSON.stringify([b.enterpriseId, b.metric]), b.value]));
    const drops: IndicatorDrop[] = [];
    for (const m of current) {
      const baseValue = baseOf.get(JSON.stringify([m.enterpriseId, m.metric]));
      if (
        baseValue !== undefined &&
        baseValue > 0 &&
        (baseValue - m.value) * 100 >= query.minDropPercent * baseValue
      )
        drops.push({ enterpriseId: m.enterpriseId, metric: m.metric, value: m.value, baseValue });
    }
    return drops.sort((a, b) => compare(a.enterpriseId, b.enterpriseId) || compare(a.metric, b.metric));
  }
}
