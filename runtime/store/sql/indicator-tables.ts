import type { IndicatorRecord } from '../indicators.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the enterprise monthly indicator table (DDL: `sqlite/schema-v20.ts`, `postgres/schema-indicators.ts`). */
export const indicatorsTable = defineTable<IndicatorRecord>('indicators', {
  jurisdiction: 'text',
  enterpriseId: 'text',
  metric: 'text',
  month: 'text',
  value: 'real',
});
