import type { HandlersOf } from './mutation-handlers.js';
import { rowValues, upsertSql } from './row-codec.js';
import { indicatorsTable } from '../sql/indicator-tables.js';

const t = indicatorsTable;

const upsertIndicator = upsertSql(t, ['jurisdiction', 'month', 'metric', 'enterprise_id']);

/** The same (jurisdiction, enterprise, metric, month) again replaces the value (a corrected import). */
export const indicatorMutations: HandlersOf<'indicator.'> = {
  'indicator.upsert': async (tx, { record }) => void (await tx.run(upsertIndicator, rowValues(t, record))),
};
