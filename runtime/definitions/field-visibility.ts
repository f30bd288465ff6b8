/**
 * 字段公开范围: the mechanism decides, per form field, who reads what a step wrote. A property's
 * `x-visibility` is `public` (the enterprise reads it in its progress, e.g. 不予受理理由, 向企业说明
 * 解释情况) or `internal` (staff only: they read it in the case's 办理经过). Platform default:
 * `internal` — a step's notes never reach the enterprise unless the mechanism says so. The value is
 * checked at publish (create-ajv.ts: any other value is refused).
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../common/json.js';
import type { FormResource } from './definition-bundle.js';
import { sameObjectSchemas } from './validate/form-fields.js';

export const fieldVisibilities = ['internal', 'public'] as const;
export type FieldVisibility = (typeof fieldVisibilities)[number];
export const defaultFieldVisibility: FieldVisibility = 'internal';

/** One field a step wrote, as a person reads it: the form's title and the option's name. */
export interface ShownField {
  name: string;
  title: string;
  text: string;
}

/** The property schema of `name` wherever the form declares it (root, then/else, allOf …). */
function propertyOf(schema: JsonObject, name: string): JsonObject | null {
  for (const { schema: part, test } of sameObjectSchemas(schema)) {
    const props = part['properties'];
    const prop = !test && isJsonObject(props) ? props[name] : undefined;
    if (isJsonObject(prop)) return prop;
  }
  return null;
}

export function fieldVisibility(form: FormResource, name: string): FieldVisibility {
  const v = propertyOf(form.schema, name)?.['x-visibility'];
  return v === 'public' ? 'public' : defaultFieldVisibility;
}

/** A value in words: an option's title (oneOf const/title, or the UI's enumNames), 是/否, the text. */
function textOf(prop: JsonObject | null, ui: JsonValue | undefined, value: JsonValue): string {
  if (Array.isArray(value))
    return value
      .map((v) => textOf(isJsonObject(prop?.['items']) ? (prop['items'] as JsonObject) : null, undefined, v))
      .join('、');
  const options = prop?.['oneOf'] ?? prop?.['anyOf'];
  if (Array.isArray(options))
    for (const o of options)
      if (isJsonObject(o) && o['const'] === value && typeof o['title'] === 'string') return o['title'];
  const names = isJsonObject(ui) ? ui['ui:enumNames'] : undefined;
  const enumValues = prop?.['enum'];
  if (Array.isArray(enumValues) && Array.isArray(names)) {
    const at = enumValues.indexOf(value);
    if (at >= 0 && typeof names[at] === 'string') return names[at];
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value === null) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The fields of `result` the form shows to `audience`, as written, with titles and values in words. */
export function shownFields(form: FormResource, result: JsonObject, audience: FieldVisibility): ShownField[] {
  return Object.keys(result)
    .filter((name) => audience === 'internal' || fieldVisibility(form, name) === 'public')
    .flatMap((name) => {
      const prop = propertyOf(form.schema, name);
      const value = result[name];
      if (value === undefined || value === null || value === '') return [];
      const title = typeof prop?.['title'] === 'string' ? prop['title'] : name;
      return [{ name, title, text: textOf(prop, form.ui[name], value) }];
    });
}
