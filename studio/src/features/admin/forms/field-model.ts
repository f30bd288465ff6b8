import type { JsonObject, JsonValue } from '../../../api/definition-types';

export const fieldTypes = ['string', 'textarea', 'number', 'integer', 'boolean', 'enum', 'date'] as const;
export type FieldType = (typeof fieldTypes)[number];

/** One row of the field list editor. */
export interface Field {
  name: string;
  title: string;
  type: FieldType;
  required: boolean;
  /** `value=label` per option, for `enum`. */
  options: { value: string; label: string }[];
  pattern: string;
  maxLength: number | null;
}

const obj = (v: JsonValue | undefined): JsonObject =>
  v && typeof v === 'object' && !Array.isArray(v) ? v : {};
const strings = (v: JsonValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function typeOf(prop: JsonObject, ui: JsonObject): FieldType {
  if (Array.isArray(prop.enum)) return 'enum';
  if (prop.type === 'boolean' || prop.type === 'number' || prop.type === 'integer') return prop.type;
  if (prop.format === 'date') return 'date';
  return ui['ui:widget'] === 'textarea' ? 'textarea' : 'string';
}

/** The fields of a form, in `ui:order` (then schema) order. */
export function fieldsOf(schema: JsonObject, ui: JsonObject): Field[] {
  const props = obj(schema.properties);
  const order = strings(ui['ui:order']).filter((n) => n in props);
  const names = [...order, ...Object.keys(props).filter((n) => !order.includes(n))];
  const required = strings(schema.required);
  return names.map((name) => {
    const prop = obj(props[name]);
    const fieldUi = obj(ui[name]);
    const labels = strings(fieldUi['ui:enumNames']);
    return {
      name,
      title: typeof prop.title === 'string' ? prop.title : '',
      type: typeOf(prop, fieldUi),
      required: required.includes(name),
      options: (Array.isArray(prop.enum) ? prop.enum : []).map((v, i) => ({
        value: String(v),
        label: labels[i] ?? String(v),
      })),
      pattern: typeof prop.pattern === 'string' ? prop.pattern : '',
      maxLength: typeof prop.maxLength === 'number' ? prop.maxLength : null,
    };
  });
}

function propertyOf(f: Field, previous: JsonObject): JsonObject {
  // Keep what the editor does not know (minLength, format, descriptions…); rewrite what it owns.
  const { enum: _e, pattern: _p, maxLength: _m, type: _t, format: _f, ...kept } = previous;
  const prop: JsonObject = { ...kept, title: f.title };
  if (f.type === 'enum') Object.assign(prop, { type: 'string', enum: f.options.map((o) => o.value) });
  else if (f.type === 'textarea' || f.type === 'string') prop.type = 'string';
  else if (f.type === 'date') Object.assign(prop, { type: 'string', format: 'date' });
  else prop.type = f.type;
  if (f.pattern && (f.type === 'string' || f.type === 'textarea')) prop.pattern = f.pattern;
  if (f.maxLength !== null && (f.type === 'string' || f.type === 'textarea')) prop.maxLength = f.maxLength;
  if (previous.format && f.type !== 'date' && prop.type === 'string') prop.format = previous.format;
  return prop;
}

function uiOf(f: Field, previous: JsonObject): JsonObject {
  const { 'ui:widget': widget, 'ui:enumNames': _n, ...kept } = previous;
  const ui: JsonObject = { ...kept };
  if (f.type === 'textarea') ui['ui:widget'] = 'textarea';
  else if (f.type === 'enum' && widget === 'radio') ui['ui:widget'] = 'radio';
  if (f.type === 'enum') ui['ui:enumNames'] = f.options.map((o) => o.label);
  return ui;
}

/** JSON Schema + UI schema with the field list applied; everything else in them is kept. */
export function applyFields(
  schema: JsonObject,
  ui: JsonObject,
  fields: Field[],
): { schema: JsonObject; ui: JsonObject } {
  const oldProps = obj(schema.properties);
  const properties: JsonObject = {};
  const nextUi: JsonObject = { ...ui };
  for (const name of Object.keys(oldProps)) delete nextUi[name];
  for (const f of fields) {
    properties[f.name] = propertyOf(f, obj(oldProps[f.name]));
    const fieldUi = uiOf(f, obj(ui[f.name]));
    if (Object.keys(fieldUi).length > 0) nextUi[f.name] = fieldUi;
  }
  nextUi['ui:order'] = fields.map((f) => f.name);
  return {
    schema: { ...schema, properties, required: fields.filter((f) => f.required).map((f) => f.name) },
    ui: nextUi,
  };
}

export function newField(taken: string[]): Field {
  let n = taken.length + 1;
  while (taken.includes(`field${n}`)) n += 1;
  return {
    name: `field${n}`,
    title: '',
    type: 'string',
    required: false,
    options: [],
    pattern: '',
    maxLength: null,
  };
}
