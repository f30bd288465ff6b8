import type {
  IndicatorDrop,
  IndicatorDropQuery,
  IndicatorQuery,
  IndicatorRepository,
} from '../indicators.js';
import { indicatorsTable } from './indicator-tables.js';
import type { SqlReader } from './sql-reader.js';
import { WhereClause } from './where-clause.js';

/** Enterprise monthly indicators (问需求) on either SQL adapter. */
export class SqlIndicatorRepository implements IndicatorRepository {
  constructor(private readonly sql: SqlReader) {}

  async list(query: IndicatorQuery) {
    const where = new WhereClause()
      .equals('jurisdiction', query.jurisdiction)
      .equals('enterprise_id', query.enterpriseId)
      .equals('metric', query.metric)
      .equals('month', query.month);
    return this.sql.page(indicatorsTable, where, 'month DESC, enterprise_id, metric', query);
  }

  /**
   * The month's figures joined with the base month's by primary key; the fall is compared without
   * dividing (`(base - value) * 100 >= percent * base`), so a fall of exactly the threshold counts.
   */
  async drops(query: IndicatorDropQuery): Promise<IndicatorDrop[]> {
    if (query.metrics.length === 0) return [];
    const where = new WhereClause();
    const month = where.param(query.month);
    const baseMonth = where.param(query.baseMonth);
    const metrics = this.sql.conditions.oneOf(where, 'm.metric', query.metrics);
    const percent = where.param(query.minDropPercent);
    const rows = await this.sql.rows(
      `SELECT m.enterprise_id, m.metric, m.value, b.value AS base_value
       FROM indicators m
       JOIN indicators b ON b.jurisdiction = m.jurisdiction AND b.month = ${baseMonth}
         AND b.metric = m.metric AND b.enterprise_id = m.enterprise_id
       WHERE m.jurisdiction = ${where.param(query.jurisdiction)} AND m.month = ${month} AND ${metrics}
         AND b.value > 0 AND (b.value - m.value) * 100.0 >= ${percent} * b.value
       ORDER BY m.enterprise_id, m.metric`,
      where.params,
    );
    return rows.map((row) => ({
      enterpriseId: String(row['enterprise_id']),
      metric: String(row['metric']),
      value: Number(row['value']),
      baseValue: Number(row['base_value']),
    }));
  }
}
