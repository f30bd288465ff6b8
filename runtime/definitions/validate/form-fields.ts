/**
 * The fields a form schema declares: the names under `properties` at its root and in the parts
 * that apply to the root object (`then`/`else`, `allOf`/`anyOf`/`oneOf`, `dependentSchemas`,
 * schema-valued `dependencies`). An `if` or `not` only tests fields; naming one there declares
 * nothing.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../common/json.js';

const branches = ['if', 'then', 'else', 'not'] as const;
const lists = ['allOf', 'anyOf', 'oneOf'] as const;

export interface ObjectSchemaPart {
  schema: JsonObject;
  pointer: string;
  /** Inside an `if` or `not`: it tests the object rather than declaring it. */
  test: boolean;
}

/** The sub-schemas that constrain the same object as `schema` (itself included), with their pointers. */
export function sameObjectSchemas(schema: JsonValue, pointer = '', test = false): ObjectSchemaPart[] {
  if (!isJsonObject(schema)) return [];
  const out: ObjectSchemaPart[] = [{ schema, pointer, test }];
  for (const key of branches) {
    const tests = test || key === 'if' || key === 'not';
    out.push(...sameObjectSchemas(schema[key] ?? null, `${pointer}/${key}`, tests));
  }
  for (const key of lists) {
    const list = schema[key];
    if (Array.isArray(list))
      list.forEach((s, i) => out.push(...sameObjectSchemas(s, `${pointer}/${key}/${i}`, test)));
  }
  for (const key of ['dependentSchemas', 'dependencies'] as const) {
    const map = schema[key];
    if (!isJsonObject(map)) continue;
    for (const [name, s] of Object.entries(map))
      out.push(...sameObjectSchemas(s, `${pointer}/${key}/${name}`, test));
  }
  return out;
}

/** The field names a form declares for its root object. */
export function formFields(schema: JsonValue): Set<string> {
  const fields = new Set<string>();
  for (const { schema: part, test } of sameObjectSchemas(schema)) {
    if (test) continue;
    const properties = part['properties'];
    if (isJsonObject(properties)) for (const name of Object.keys(properties)) fields.add(name);
  }
  return fields;
}
