import { indicatorsTable } from '../sql/indicator-tables.js';
import type { MutationHandlers } from './mutation-handlers.js';
import { upsertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

type IndicatorHandlers = Pick<MutationHandlers, Extract<keyof MutationHandlers, `indicator.${string}`>>;

const upsertIndicator = upsertSql(indicatorsTable, ['jurisdiction', 'month', 'metric', 'enterprise_id']);

/** Indicator writes: the same (jurisdiction, enterprise, metric, month) again replaces the value. */
export function indicatorMutations(db: StatementCache): IndicatorHandlers {
  return {
    'indicator.upsert': ({ record }) => void db.run(upsertIndicator, rowParams(indicatorsTable, record)),
  };
}
