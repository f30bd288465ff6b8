import type { ConditionalRequired, FormData, JsonSchema } from './form-types';

function matches(cond: ConditionalRequired['if'], data: FormData): boolean {
  if (!cond) return false;
  for (const name of cond.required ?? []) if (data[name] === undefined) return false;
  for (const [name, rule] of Object.entries(cond.properties ?? {})) {
    const v = data[name];
    if (v === undefined) continue; // JSON Schema: absent properties do not fail `properties`
    if ('const' in rule && v !== rule.const) return false;
    if (rule.enum && !rule.enum.includes(v)) return false;
  }
  return true;
}

/** Required field names for the data as it stands: `required` plus matching `allOf` if/then. */
export function requiredFields(schema: JsonSchema, data: FormData): Set<string> {
  const required = new Set(schema.required ?? []);
  for (const rule of schema.allOf ?? []) {
    // Strictly an `if` over absent properties holds; the form waits for an answer before asking more.
    if (rule.if?.properties && Object.keys(rule.if.properties).every((k) => data[k] === undefined)) continue;
    if (matches(rule.if, data)) for (const name of rule.then?.required ?? []) required.add(name);
  }
  return required;
}
