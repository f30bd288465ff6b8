import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { upsertSql } from './row-codec.js';
import { indicatorsTable } from '../sql/indicator-tables.js';

const t = indicatorsTable;

const upsertIndicator = upsertSql(t, ['jurisdiction', 'month', 'metric', 'enterprise_id']);

/** The same (jurisdiction, enterprise, metric, month) again replaces the value (a corrected import). */
export const indicatorMutations: HandlersOf<'indicator.'> = {
  'indicator.upsert': writeRecord(upsertIndicator, t),
};
