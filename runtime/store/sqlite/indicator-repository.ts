import type {
  IndicatorDrop,
  IndicatorDropQuery,
  IndicatorQuery,
  IndicatorRecord,
  IndicatorRepository,
} from '../indicators.js';
import { pageWindow } from '../paging.js';
import type { Page } from '../store.js';
import { indicatorsTable as t } from '../sql/indicator-tables.js';
import type { StatementCache } from './statement-cache.js';
import { WhereClause } from './where-clause.js';
import { sqlite } from './row-codec.js';

/**
 * The month's figures joined with the base month's by primary key; the fall is compared without
 * dividing (`(base - value) * 100 >= percent * base`), so a fall of exactly the threshold counts.
 */
const dropsSql = (metricParams: string) => `
SELECT m.enterprise_id AS enterpriseId, m.metric AS metric, m.value AS value, b.value AS baseValue
FROM indicators m
JOIN indicators b ON b.jurisdiction = m.jurisdiction AND b.month = @baseMonth
  AND b.metric = m.metric AND b.enterprise_id = m.enterprise_id
WHERE m.jurisdiction = @jurisdiction AND m.month = @month AND m.metric IN (${metricParams})
  AND b.value > 0 AND (b.value - m.value) * 100.0 >= @minDropPercent * b.value
ORDER BY m.enterprise_id, m.metric`;

export class SqliteIndicatorRepository implements IndicatorRepository {
  constructor(private readonly sql: StatementCache) {}

  async list(query: IndicatorQuery): Promise<Page<IndicatorRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', 'jurisdiction', query.jurisdiction)
      .equals('enterprise_id', 'enterpriseId', query.enterpriseId)
      .equals('metric', 'metric', query.metric)
      .equals('month', 'month', query.month);
    const { limit, offset } = pageWindow(query);
    const total = Number(this.sql.scalar(`SELECT COUNT(*) FROM indicators ${where}`, where.params));
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM indicators ${where}
       ORDER BY month DESC, enterprise_id, metric LIMIT @limit OFFSET @offset`,
      { ...where.params, limit, offset },
    );
    return { items: rows.map((row) => t.decode(row, sqlite)), total };
  }

  async drops(query: IndicatorDropQuery): Promise<IndicatorDrop[]> {
    if (query.metrics.length === 0) return [];
    const metricParams: Record<string, string> = {};
    query.metrics.forEach((metric, i) => (metricParams[`metric${i}`] = metric));
    const { jurisdiction, month, baseMonth, minDropPercent } = query;
    const rows = this.sql.rows(
      dropsSql(
        Object.keys(metricParams)
          .map((name) => `@${name}`)
          .join(', '),
      ),
      { jurisdiction, month, baseMonth, minDropPercent, ...metricParams },
    );
    return rows.map((row) => ({
      enterpriseId: String(row['enterpriseId']),
      metric: String(row['metric']),
      value: Number(row['value']),
      baseValue: Number(row['baseValue']),
    }));
  }
}
