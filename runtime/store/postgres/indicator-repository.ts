import type {
  IndicatorDrop,
  IndicatorDropQuery,
  IndicatorQuery,
  IndicatorRecord,
  IndicatorRepository,
} from '../indicators.js';
import type { Page } from '../store.js';
import type { HandlersOf } from './mutation-handlers.js';
import { rowValues, upsertSql } from './row-codec.js';
import type { Sql } from './sql.js';
import { WhereClause } from './where-clause.js';
import { indicatorsTable } from '../sql/indicator-tables.js';

const t = indicatorsTable;

/**
 * The month's figures joined with the base month's by primary key; the fall is compared without
 * dividing (`(base - value) * 100 >= percent * base`), so a fall of exactly the threshold counts.
 */
const dropsSql = `
SELECT m.enterprise_id, m.metric, m.value, b.value AS base_value
FROM indicators m
JOIN indicators b ON b.jurisdiction = m.jurisdiction AND b.month = $3
  AND b.metric = m.metric AND b.enterprise_id = m.enterprise_id
WHERE m.jurisdiction = $1 AND m.month = $2 AND m.metric = ANY($4::text[])
  AND b.value > 0 AND (b.value - m.value) * 100 >= $5::float8 * b.value
ORDER BY m.enterprise_id, m.metric`;

export class PostgresIndicatorRepository implements IndicatorRepository {
  constructor(private readonly sql: Sql) {}

  async list(query: IndicatorQuery): Promise<Page<IndicatorRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', query.jurisdiction)
      .equals('enterprise_id', query.enterpriseId)
      .equals('metric', query.metric)
      .equals('month', query.month);
    return this.sql.page(t, where, 'month DESC, enterprise_id, metric', query);
  }

  async drops(query: IndicatorDropQuery): Promise<IndicatorDrop[]> {
    if (query.metrics.length === 0) return [];
    const { jurisdiction, month, baseMonth, metrics, minDropPercent } = query;
    const rows = await this.sql.rows(dropsSql, [jurisdiction, month, baseMonth, metrics, minDropPercent]);
    return rows.map((row) => ({
      enterpriseId: String(row['enterprise_id']),
      metric: String(row['metric']),
      value: Number(row['value']),
      baseValue: Number(row['base_value']),
    }));
  }
}

const upsertIndicator = upsertSql(t, ['jurisdiction', 'month', 'metric', 'enterprise_id']);

/** The same (jurisdiction, enterprise, metric, month) again replaces the value (a corrected import). */
export const indicatorMutations: HandlersOf<'indicator.'> = {
  'indicator.upsert': async (tx, { record }) => void (await tx.run(upsertIndicator, rowValues(t, record))),
};
