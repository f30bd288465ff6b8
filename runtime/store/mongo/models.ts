import type { Connection, Schema } from 'mongoose';
import { auditSchemas } from './audit-collections.js';
import { caseSchemas, caseUnitSchemas } from './case-collections.js';
import { credentialSchemas } from './credential-collections.js';
import { directorySchemas } from './directory-collections.js';
import { engineSchemas } from './engine-collections.js';
import { indicatorSchemas } from './indicator-collections.js';
import { holidayArrangementSchemas } from './holiday-arrangement-collections.js';
import { jurisdictionSchemas } from './jurisdiction-collections.js';
import { supervisionSchemas } from './supervision-collections.js';
import { policyCollectionSchemas } from './policy-collection-store.js';
import { policyNoticeSchemas } from './policy-notice-store.js';
import { messageSchemas } from './message-store.js';
import { journalSchemas } from './journal-collection.js';
import { savedQuerySchemas } from './saved-query-store.js';

/** Every collection's mongoose schema, by collection name. */
export const schemas: Record<string, Schema> = {
  ...caseSchemas,
  ...caseUnitSchemas,
  ...engineSchemas,
  ...directorySchemas,
  ...supervisionSchemas,
  ...policyNoticeSchemas,
  ...policyCollectionSchemas,
  ...messageSchemas,
  ...indicatorSchemas,
  ...holidayArrangementSchemas,
  ...jurisdictionSchemas,
  ...auditSchemas,
  ...credentialSchemas,
  ...journalSchemas,
  ...savedQuerySchemas,
};

/** Registers a model per collection on the connection and creates the collections and their indexes. */
export async function registerModels(connection: Connection): Promise<void> {
  const existing = new Set(
    (await connection.db!.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name),
  );
  for (const [name, schema] of Object.entries(schemas)) {
    const model = connection.models[name] ?? connection.model(name, schema);
    if (!existing.has(name)) await model.createCollection();
    await model.createIndexes();
  }
}
