import { Schema, type IndexDefinition, type IndexOptions, type SchemaDefinition } from 'mongoose';
import type { ColumnKind, TableCodec } from '../sql/row-codec.js';

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

const typeOfKind: Record<ColumnKind, SchemaDefinition[string]> = {
  text: String,
  time: String,
  int: Number,
  real: Number,
  bool: Boolean,
  json: Mixed,
  jsonb: [String],
};

/**
 * The schema of a collection holding a SQL table's records (`docsFor`): a field per column, typed by
 * its kind, then `extra` (derived `_` fields, or a type the kind does not say).
 */
export function tableSchema<R>(
  table: TableCodec<R>,
  extra: SchemaDefinition,
  indexes: readonly IndexSpec[],
): Schema {
  const fields = Object.fromEntries(table.fields.map((f) => [f, typeOfKind[table.kind(f)]]));
  return collectionSchema(table.table, { ...fields, ...extra }, indexes);
}
