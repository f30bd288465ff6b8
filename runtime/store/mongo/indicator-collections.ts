import { compositeId, docsFor } from './document-codec.js';
import { collectionSchema } from './mongo-schema.js';
import { indicatorsTable } from '../sql/indicator-tables.js';

/** Enterprise monthly indicators, keyed by (jurisdiction, enterprise, metric, month). */
export const indicatorDocs = docsFor(indicatorsTable, (r) =>
  compositeId(r.jurisdiction, r.enterpriseId, r.metric, r.month),
);

export const indicatorSchemas = {
  indicators: collectionSchema(
    'indicators',
    { jurisdiction: String, enterpriseId: String, metric: String, month: String, value: Number },
    [{ fields: { jurisdiction: 1, month: -1, enterpriseId: 1, metric: 1 } }],
  ),
};
