import { docsFor } from './document-codec.js';
import { tableSchema } from './mongo-schema.js';
import { jurisdictionsTable } from '../sql/jurisdiction-tables.js';

/** Jurisdiction records, one document per jurisdiction. */
export const jurisdictionDocs = docsFor(jurisdictionsTable, (r) => r.id);

export const jurisdictionSchemas = {
  jurisdictions: tableSchema(jurisdictionsTable, {}, []),
};
