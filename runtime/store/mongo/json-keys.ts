import type { JsonValue } from '../../common/json.js';

/**
 * Field names of free-form JSON values (case data, engine state, definition bundles …) as MongoDB can
 * store them. FerretDB v1 rejects keys that start with `$` or contain `.`, and BPMN engine state has
 * keys like `$type`, so `%`, `$` and `.` are percent-encoded in every key, at any depth. The mapping
 * is reversible and leaves all other keys untouched (queries on ordinary keys keep working).
 */
const encodeKey = (key: string): string =>
  key.replace(/[%$.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const decodeKey = (key: string): string =>
  key.replace(/%(25|24|2E)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function mapKeys(value: JsonValue, map: (key: string) => string): JsonValue {
  if (Array.isArray(value)) return value.map((item) => mapKeys(item, map));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [key, item] of Object.entries(value)) out[map(key)] = mapKeys(item, map);
  return out;
}

export const encodeJson = (value: JsonValue): JsonValue => mapKeys(value, encodeKey);
export const decodeJson = (value: JsonValue): JsonValue => mapKeys(value, decodeKey);
