/**
 * The fields a form schema declares: the names under `properties` at its root and in the
 * conditional parts that apply to the root (`if`/`then`/`else`, `allOf`/`anyOf`/`oneOf`,
 * `dependentSchemas`, schema-valued `dependencies`).
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../common/json.js';

const branches = ['if', 'then', 'else', 'not'] as const;
const lists = ['allOf', 'anyOf', 'oneOf'] as const;

/** The sub-schemas that constrain the same object as `schema` (itself included), with their pointers. */
export function sameObjectSchemas(
  schema: JsonValue,
  pointer = '',
): { schema: JsonObject; pointer: string }[] {
  if (!isJsonObject(schema)) return [];
  const out = [{ schema, pointer }];
  for (const key of branches) out.push(...sameObjectSchemas(schema[key] ?? null, `${pointer}/${key}`));
  for (const key of lists) {
    const list = schema[key];
    if (Array.isArray(list))
      list.forEach((s, i) => out.push(...sameObjectSchemas(s, `${pointer}/${key}/${i}`)));
  }
  for (const key of ['dependentSchemas', 'dependencies'] as const) {
    const map = schema[key];
    if (!isJsonObject(map)) continue;
    for (const [name, s] of Object.entries(map))
      out.push(...sameObjectSchemas(s, `${pointer}/${key}/${name}`));
  }
  return out;
}

/** The field names a form declares anywhere for its root object. */
export function formFields(schema: JsonValue): Set<string> {
  const fields = new Set<string>();
  for (const { schema: part } of sameObjectSchemas(schema)) {
    const properties = part['properties'];
    if (isJsonObject(properties)) for (const name of Object.keys(properties)) fields.add(name);
  }
  return fields;
}
