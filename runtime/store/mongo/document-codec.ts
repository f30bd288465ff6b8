import type { JsonValue } from '../../common/json.js';
import type { TableCodec } from '../sql/row-codec.js';
import { decodeJson, encodeJson } from './json-keys.js';

/** A stored document: a string `_id` plus fields. */
export interface StoredDoc {
  _id: string;
  [field: string]: unknown;
}

/**
 * How each record field is stored: as is, as free-form JSON (keys escaped, see json-keys.ts), or a
 * flag (a boolean that documents written before the field existed lack: read as false).
 */
type Fields<R> = { readonly [K in keyof R & string]-?: 'plain' | 'json' | 'flag' };

export interface DocCodec<R> {
  /** The MongoDB collection name. */
  readonly collection: string;
  readonly fields: readonly (keyof R & string)[];
  id(record: R): string;
  /** The document of a record: `_id` plus every record field (null stays null). */
  encode(record: R): StoredDoc;
  /** Only the given fields, encoded (for `$set` of a patch). */
  encodeFields(values: Partial<R>): Record<string, unknown>;
  /** The record of a document; derived fields (prefixed `_`) are left out. */
  decode(doc: StoredDoc): R;
}

/** Composite keys as one string `_id`, unambiguous whatever the parts contain. */
export const compositeId = (...parts: (string | number)[]): string => JSON.stringify(parts);

export function defineDoc<R>(collection: string, fields: Fields<R>, id: (record: R) => string): DocCodec<R> {
  const kinds: Record<string, 'plain' | 'json' | 'flag'> = fields;
  const names = Object.keys(kinds) as (keyof R & string)[];
  const encodeValue = (field: string, value: unknown): unknown =>
    kinds[field] === 'json' && value !== null && value !== undefined ? encodeJson(value as JsonValue) : value;
  return {
    collection,
    fields: names,
    id,
    encode(record) {
      const doc: StoredDoc = { _id: id(record) };
      for (const field of names) doc[field] = encodeValue(field, record[field] ?? null);
      return doc;
    },
    encodeFields(values) {
      const out: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(values))
        if (field in kinds && value !== undefined) out[field] = encodeValue(field, value);
      return out;
    },
    decode(doc) {
      const record: Record<string, unknown> = {};
      for (const field of names) {
        const value = doc[field] ?? null;
        if (kinds[field] === 'flag') record[field] = value === true;
        else
          record[field] = kinds[field] === 'json' && value !== null ? decodeJson(value as JsonValue) : value;
      }
      return record as R;
    },
  };
}

/**
 * The collection of a record the SQL adapters keep in a table (`../sql/*-tables.ts`): the same name
 * and fields, `json` columns as free-form JSON (keys escaped), everything else as is.
 */
export function docsFor<R>(table: TableCodec<R>, id: (record: R) => string): TableDocCodec<R> {
  const kind = (f: string) => ({ json: 'json', bool: 'flag' })[table.kind(f) as 'json' | 'bool'] ?? 'plain';
  const kinds = Object.fromEntries(table.fields.map((f) => [f, kind(f)]));
  return { ...defineDoc(table.table, kinds as Fields<R>, id), table };
}

/** A collection of a SQL table's records, with that table (what the SQLite export reads). */
export interface TableDocCodec<R> extends DocCodec<R> {
  readonly table: TableCodec<R>;
}
