import type { IndicatorRecord } from '../indicators.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the enterprise monthly indicator table (DDL in `schema-v20.ts`). */
export const indicatorsTable = defineTable<IndicatorRecord>('indicators', {
  jurisdiction: 'text',
  enterpriseId: 'text',
  metric: 'text',
  month: 'text',
  value: 'number',
});
