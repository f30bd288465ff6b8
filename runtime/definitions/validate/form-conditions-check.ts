/**
 * A form's own conditions must name fields it has: the fields an `if` tests, the fields `then` /
 * `else` require, and both sides of `dependencies` / `dependentRequired`. Removing a field a
 * condition still needs would make the form impossible (or silently different) to fill in, so it is
 * refused at the condition's JSON pointer, in Chinese.
 */
import { isJsonObject, type JsonObject } from '../../common/json.js';
import type { DefinitionProblem, FormResource } from '../definition-bundle.js';
import { formFields, sameObjectSchemas } from './form-fields.js';

type Finding = [pointer: string, field: string];

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function keys(value: unknown): string[] {
  return isJsonObject(value as never) ? Object.keys(value as JsonObject) : [];
}

/** Field names a conditional part of the schema refers to, with where. */
function references(part: JsonObject, pointer: string): Finding[] {
  const found: Finding[] = [];
  const cond = part['if'];
  if (isJsonObject(cond ?? null)) {
    const test = cond as JsonObject;
    for (const k of keys(test['properties'])) found.push([`${pointer}/if/properties/${k}`, k]);
    names(test['required']).forEach((k, i) => found.push([`${pointer}/if/required/${i}`, k]));
    for (const branch of ['then', 'else'] as const) {
      const b = part[branch];
      if (isJsonObject(b ?? null))
        names((b as JsonObject)['required']).forEach((k, i) =>
          found.push([`${pointer}/${branch}/required/${i}`, k]),
        );
    }
  }
  for (const key of ['dependencies', 'dependentRequired', 'dependentSchemas'] as const) {
    const map = part[key];
    if (!isJsonObject(map ?? null)) continue;
    for (const [field, value] of Object.entries(map as JsonObject)) {
      found.push([`${pointer}/${key}/${field}`, field]);
      names(value).forEach((k, i) => found.push([`${pointer}/${key}/${field}/${i}`, k]));
    }
  }
  return found;
}

export function checkFormConditions(forms: readonly FormResource[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const form of forms) {
    const fields = formFields(form.schema);
    const file = `forms/${form.key}.schema.json`;
    for (const { schema, pointer, test } of sameObjectSchemas(form.schema)) {
      if (test) continue;
      for (const [path, field] of references(schema, pointer)) {
        if (fields.has(field)) continue;
        const reason = `表单条件引用了不存在的字段“${field}”（该字段被删除了吗？if/then 或 dependencies 仍需要它）`;
        problems.push({ file, path, reason, severity: 'error' });
      }
    }
  }
  return problems;
}
