import type { IndicatorRecord } from '../indicators.js';
import { compositeId, defineDoc } from './document-codec.js';
import { collectionSchema } from './mongo-schema.js';

/** Enterprise monthly indicators, keyed by (jurisdiction, enterprise, metric, month). */
export const indicatorDocs = defineDoc<IndicatorRecord>(
  'indicators',
  { jurisdiction: 'plain', enterpriseId: 'plain', metric: 'plain', month: 'plain', value: 'plain' },
  (r) => compositeId(r.jurisdiction, r.enterpriseId, r.metric, r.month),
);

export const indicatorSchemas = {
  indicators: collectionSchema(
    'indicators',
    { jurisdiction: String, enterpriseId: String, metric: String, month: String, value: Number },
    [{ fields: { jurisdiction: 1, month: -1, enterpriseId: 1, metric: 1 } }],
  ),
};
