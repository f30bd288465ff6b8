import type { Page } from './store.js';

/**
 * One enterprise's figure for one metric in one month (问需求 monitoring: 月度工业用电量, 产值,
 * 销售额, 出口额 …). Keyed by (jurisdiction, enterpriseId, metric, month): writing the same key again
 * replaces the value (a corrected import).
 */
export interface IndicatorRecord {
  jurisdiction: string;
  enterpriseId: string;
  /** Metric id as configured in `services.needsSurvey.metrics`, e.g. `electricity`. */
  metric: string;
  /** Calendar month `YYYY-MM`. */
  month: string;
  value: number;
}

export interface IndicatorQuery {
  jurisdiction: string;
  enterpriseId?: string;
  metric?: string;
  month?: string;
  limit?: number;
  offset?: number;
}

export interface IndicatorDropQuery {
  jurisdiction: string;
  /** The month looked at, `YYYY-MM`. */
  month: string;
  /** The month it is compared with (previous month, or the same month a year before). */
  baseMonth: string;
  /** Only these metrics; an empty list matches none. */
  metrics: string[];
  /** Smallest fall, in percent of the base value, that counts. */
  minDropPercent: number;
}

/** A figure that fell: `(baseValue - value) / baseValue >= minDropPercent / 100`, baseValue > 0. */
export interface IndicatorDrop {
  enterpriseId: string;
  metric: string;
  value: number;
  baseValue: number;
}

/** Enterprise monthly indicators (written with mutation `indicator.upsert`). */
export interface IndicatorRepository {
  /** Matching figures, newest month first, then by enterprise and metric. */
  list(query: IndicatorQuery): Promise<Page<IndicatorRecord>>;
  /**
   * Figures of `month` that fell by at least `minDropPercent` from the same enterprise's figure of
   * the same metric in `baseMonth`, computed in the store; ordered by enterprise, then metric.
   * Enterprises without a positive base figure never match.
   */
  drops(query: IndicatorDropQuery): Promise<IndicatorDrop[]>;
}
