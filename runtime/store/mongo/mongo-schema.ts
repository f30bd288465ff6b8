import { Schema, type IndexDefinition, type IndexOptions, type SchemaDefinition } from 'mongoose';

export interface IndexSpec {
  fields: IndexDefinition;
  options?: IndexOptions;
}

/**
 * A mongoose schema for one collection: string `_id`, no version key, empty objects kept, plus its
 * indexes. Only index options FerretDB v1 implements are used (unique, sparse; no partial filters,
 * no collations, no TTL): see README.md.
 */
export function collectionSchema(
  collection: string,
  definition: SchemaDefinition,
  indexes: readonly IndexSpec[],
): Schema {
  const schema = new Schema(
    { _id: { type: String, required: true }, ...definition },
    { collection, versionKey: false, minimize: false, strict: true, autoIndex: false, autoCreate: false },
  );
  for (const index of indexes) schema.index(index.fields, index.options);
  return schema;
}

export const Mixed = Schema.Types.Mixed;
