import type { JsonObject, JsonValue } from './form-json.js';

/** A value a condition compares with: an option's value or 是/否. */
export type Answer = string | number | boolean;

/**
 * One 条件 of a form, as the editor shows it: 当 `when` 为 `is`（之一）时，`fields` 必填 / 显示.
 * `raw` is the `allOf` entry it was read from: kept verbatim while the condition is not edited,
 * and the only content of one the editor cannot express (`editable: false`, shown read-only).
 */
export interface Condition {
  when: string;
  is: Answer[];
  effect: 'required' | 'shown';
  fields: string[];
  editable: boolean;
  raw?: JsonValue;
}

const isObj = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isAnswer = (v: JsonValue): v is Answer => ['string', 'number', 'boolean'].includes(typeof v);
const onlyKeys = (o: JsonObject, allowed: string[]) => Object.keys(o).every((k) => allowed.includes(k));
const strings = (v: JsonValue | undefined): string[] | null =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;

/** `{ "const": x }` or `{ "enum": [x, y] }` as the values it accepts, or null for anything else. */
function answersOf(test: JsonValue | undefined): Answer[] | null {
  if (!isObj(test)) return null;
  if (onlyKeys(test, ['const']) && test.const !== undefined && isAnswer(test.const)) return [test.const];
  if (onlyKeys(test, ['enum']) && Array.isArray(test.enum) && test.enum.every(isAnswer))
    return test.enum as Answer[];
  return null;
}

/** `then` as what it does to the fields it names: requires them, or only shows them. */
function effectOf(then: JsonValue | undefined): Pick<Condition, 'effect' | 'fields'> | null {
  if (!isObj(then)) return null;
  const required = strings(then.required);
  if (onlyKeys(then, ['required']) && required?.length) return { effect: 'required', fields: required };
  const props = then.properties;
  if (onlyKeys(then, ['properties']) && isObj(props)) {
    const fields = Object.keys(props);
    const plain = fields.every((f) => isObj(props[f]) && Object.keys(props[f] as JsonObject).length === 0);
    if (fields.length && plain) return { effect: 'shown', fields };
  }
  return null;
}

/** One `allOf` entry read as a condition; what the editor cannot express stays as it is. */
export function readCondition(entry: JsonValue): Condition {
  const opaque: Condition = { when: '', is: [], effect: 'required', fields: [], editable: false, raw: entry };
  if (!isObj(entry) || !onlyKeys(entry, ['if', 'then']) || !isObj(entry.if)) return opaque;
  const test = entry.if;
  const props = test.properties;
  if (!onlyKeys(test, ['properties', 'required']) || !isObj(props)) return opaque;
  const [when, ...more] = Object.keys(props);
  const required = test.required === undefined ? [when] : strings(test.required);
  if (!when || more.length || !required || required.some((r) => r !== when)) return opaque;
  const is = answersOf(props[when]);
  const effect = effectOf(entry.then);
  if (!is || !effect) return opaque;
  return { when, is, ...effect, editable: true, raw: entry };
}

/** The JSON Schema `if`/`then` the runtime's forms understand (an `if` holds once its field has a value). */
export function conditionSchema(c: Condition): JsonObject {
  const test: JsonObject = c.is.length === 1 ? { const: c.is[0]! } : { enum: c.is };
  const then: JsonObject =
    c.effect === 'required'
      ? { required: c.fields }
      : { properties: Object.fromEntries(c.fields.map((f) => [f, {}])) };
  return { if: { properties: { [c.when]: test }, required: [c.when] }, then };
}

const same = (a: Condition, b: Condition) =>
  a.when === b.when &&
  a.effect === b.effect &&
  JSON.stringify(a.is) === JSON.stringify(b.is) &&
  JSON.stringify(a.fields) === JSON.stringify(b.fields);

/** The form's conditions: its `allOf` entries, in order. */
export function conditionsOf(schema: JsonObject): Condition[] {
  return Array.isArray(schema.allOf) ? schema.allOf.map(readCondition) : [];
}

/** A condition as written back: its original entry if unchanged (or not editable), else generated. */
function entryOf(c: Condition): JsonValue {
  if (c.raw !== undefined && (!c.editable || same(c, readCondition(c.raw)))) return c.raw;
  return conditionSchema(c);
}

/** The schema with its conditions applied (`allOf` replaced; absent when there is none). */
export function applyConditions(schema: JsonObject, conditions: Condition[]): JsonObject {
  const { allOf: _old, ...rest } = schema;
  if (conditions.length === 0) return rest;
  if (!('allOf' in schema)) return { ...schema, allOf: conditions.map(entryOf) };
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === 'allOf' ? conditions.map(entryOf) : v]),
  );
}

/** A complete condition (a field, at least one value, at least one field it acts on) or not yet. */
export const isComplete = (c: Condition) => c.when !== '' && c.is.length > 0 && c.fields.length > 0;

/** The fields a condition names that no longer exist (after a field was removed or renamed). */
export function danglingFields(c: Condition, names: string[]): string[] {
  return [c.when, ...c.fields].filter((f) => f !== '' && !names.includes(f));
}
