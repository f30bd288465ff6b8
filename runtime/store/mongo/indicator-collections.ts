import { compositeId, docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import { indicatorsTable } from '../sql/indicator-tables.js';

/** Enterprise monthly indicators, keyed by (jurisdiction, enterprise, metric, month). */
export const indicatorDocs = docsFor(indicatorsTable, (r) =>
  compositeId(r.jurisdiction, r.enterpriseId, r.metric, r.month),
);

export const indicatorSchemas = {
  indicators: tableSchema(indicatorsTable, {}, [
    { fields: { jurisdiction: 1, month: -1, enterpriseId: 1, metric: 1 } },
  ]),
};
