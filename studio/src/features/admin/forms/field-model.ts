import type { JsonObject, JsonValue } from './form-json.js';

export const fieldTypes = [
  'string',
  'textarea',
  'enum',
  'choices',
  'boolean',
  'date',
  'number',
  'integer',
  'other',
] as const;
export type FieldType = (typeof fieldTypes)[number];

/** A field's options: `enum` + `ui:enumNames`, or `oneOf` of `{ const, title }`. */
type OptionStyle = 'enum' | 'oneOf';

/** One row of the field list editor. */
export interface Field {
  name: string;
  title: string;
  type: FieldType;
  required: boolean;
  options: { value: string; label: string }[];
  pattern: string;
  maxLength: number | null;
}

const obj = (v: JsonValue | undefined): JsonObject =>
  v && typeof v === 'object' && !Array.isArray(v) ? v : {};
const strings = (v: JsonValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const isOneOfConsts = (p: JsonObject) =>
  Array.isArray(p.oneOf) && p.oneOf.every((o) => 'const' in obj(o) && typeof obj(o).const === 'string');

/** What holds the options: the property itself, or its `items` for a multiple choice. */
const optionHolder = (prop: JsonObject, type: FieldType) => (type === 'choices' ? obj(prop.items) : prop);

function typeOf(prop: JsonObject, ui: JsonObject): FieldType {
  const items = obj(prop.items);
  if (prop.type === 'array') return Array.isArray(items.enum) || isOneOfConsts(items) ? 'choices' : 'other';
  if (Array.isArray(prop.enum) || isOneOfConsts(prop)) return 'enum';
  if (prop.type === 'boolean' || prop.type === 'number' || prop.type === 'integer') return prop.type;
  if (prop.type !== 'string') return 'other';
  if (prop.format === 'date') return 'date';
  return ui['ui:widget'] === 'textarea' ? 'textarea' : 'string';
}

function optionsOf(holder: JsonObject, labels: string[]): Field['options'] {
  if (Array.isArray(holder.oneOf))
    return holder.oneOf.map((o) => ({ value: String(obj(o).const), label: String(obj(o).title ?? '') }));
  return (Array.isArray(holder.enum) ? holder.enum : []).map((v, i) => ({
    value: String(v),
    label: labels[i] ?? String(v),
  }));
}

function fieldOf(name: string, prop: JsonObject, fieldUi: JsonObject, required: string[]): Field {
  const type = typeOf(prop, fieldUi);
  return {
    name,
    title: typeof prop.title === 'string' ? prop.title : '',
    type,
    required: required.includes(name),
    options: optionsOf(optionHolder(prop, type), strings(fieldUi['ui:enumNames'])),
    pattern: typeof prop.pattern === 'string' ? prop.pattern : '',
    maxLength: typeof prop.maxLength === 'number' ? prop.maxLength : null,
  };
}

/** The fields of a form, in `ui:order` (then schema) order. */
export function fieldsOf(schema: JsonObject, ui: JsonObject): Field[] {
  const props = obj(schema.properties);
  const order = strings(ui['ui:order']).filter((n) => n in props);
  const names = [...order, ...Object.keys(props).filter((n) => !order.includes(n))];
  const required = strings(schema.required);
  return names.map((name) => fieldOf(name, obj(props[name]), obj(ui[name]), required));
}

function withOptions(holder: JsonObject, f: Field, style: OptionStyle): JsonObject {
  const { enum: _e, oneOf: _o, ...kept } = holder;
  if (style === 'oneOf')
    return { ...kept, type: 'string', oneOf: f.options.map((o) => ({ const: o.value, title: o.label })) };
  return { ...kept, type: 'string', enum: f.options.map((o) => o.value) };
}

function propertyOf(f: Field, previous: JsonObject): JsonObject {
  // Keep what the editor does not know (minLength, x-source, descriptions…); rewrite what it owns.
  if (f.type === 'other') return { ...previous, title: f.title };
  const { enum: _e, oneOf: _o, items, pattern: _p, maxLength: _m, type: _t, format, ...kept } = previous;
  const prop: JsonObject = { ...kept, title: f.title };
  const style: OptionStyle = isOneOfConsts(f.type === 'choices' ? obj(items) : previous) ? 'oneOf' : 'enum';
  if (f.type === 'enum') Object.assign(prop, withOptions({}, f, style));
  else if (f.type === 'choices')
    Object.assign(prop, { type: 'array', uniqueItems: true, items: withOptions(obj(items), f, style) });
  else if (f.type === 'date') Object.assign(prop, { type: 'string', format: 'date' });
  else if (f.type === 'textarea' || f.type === 'string') {
    prop.type = 'string';
    if (f.pattern) prop.pattern = f.pattern;
    if (f.maxLength !== null) prop.maxLength = f.maxLength;
    if (format) prop.format = format;
  } else prop.type = f.type;
  return prop;
}

function uiOf(f: Field, previous: JsonObject, style: OptionStyle): JsonObject {
  const { 'ui:widget': widget, 'ui:enumNames': _n, ...kept } = previous;
  const ui: JsonObject = { ...kept };
  if (f.type === 'textarea') ui['ui:widget'] = 'textarea';
  else if (f.type === 'choices') ui['ui:widget'] = 'checkboxes';
  else if ((f.type === 'enum' || f.type === 'boolean') && widget === 'radio') ui['ui:widget'] = 'radio';
  else if (f.type === 'other' && widget !== undefined) ui['ui:widget'] = widget;
  if (f.type === 'enum' && style === 'enum') ui['ui:enumNames'] = f.options.map((o) => o.label);
  return ui;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * JSON Schema + UI schema with the field list applied; everything else in them is kept, and a
 * field the editor did not change keeps its property and UI entry exactly (so loading and saving
 * a form without edits gives back the same JSON).
 */
export function applyFields(
  schema: JsonObject,
  ui: JsonObject,
  fields: Field[],
): { schema: JsonObject; ui: JsonObject } {
  const oldProps = obj(schema.properties);
  const before = new Map(fieldsOf(schema, ui).map((f) => [f.name, f]));
  const unchanged = (f: Field) => sameJson({ ...before.get(f.name), required: f.required }, f);
  const styleOf = (f: Field): OptionStyle => (isOneOfConsts(obj(oldProps[f.name])) ? 'oneOf' : 'enum');
  const propFor = (f: Field) => (unchanged(f) ? obj(oldProps[f.name]) : propertyOf(f, obj(oldProps[f.name])));
  const uiFor = (f: Field) => (unchanged(f) ? obj(ui[f.name]) : uiOf(f, obj(ui[f.name]), styleOf(f)));
  // properties keep their order; new ones go last (the display order is `ui:order`)
  const byName = new Map(fields.map((f) => [f.name, f]));
  const kept = Object.keys(oldProps).filter((n) => byName.has(n));
  const ordered = [...kept, ...fields.map((f) => f.name).filter((n) => !(n in oldProps))];
  const properties: JsonObject = Object.fromEntries(ordered.map((n) => [n, propFor(byName.get(n)!)]));
  const wasRequired = strings(schema.required);
  const required = [
    ...wasRequired.filter((n) => byName.get(n)?.required),
    ...fields.filter((f) => f.required && !wasRequired.includes(f.name)).map((f) => f.name),
  ];
  const nextSchema: JsonObject = { ...schema, properties };
  if ('required' in schema || required.length) nextSchema.required = required;
  return { schema: nextSchema, ui: uiWith(ui, oldProps, fields, ordered, uiFor) };
}

/** The UI schema: non-field entries kept in place, field entries replaced, `ui:order` as listed. */
function uiWith(
  ui: JsonObject,
  oldProps: JsonObject,
  fields: Field[],
  schemaOrder: string[],
  uiFor: (f: Field) => JsonObject,
): JsonObject {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const names = fields.map((f) => f.name);
  const next: JsonObject = {};
  for (const [k, v] of Object.entries(ui)) {
    if (k === 'ui:order') next[k] = names;
    else if (!(k in oldProps)) next[k] = v;
    else if (byName.has(k)) next[k] = uiFor(byName.get(k)!);
  }
  for (const f of fields) {
    const own = uiFor(f);
    if (!(f.name in next) && Object.keys(own).length > 0) next[f.name] = own;
  }
  if (!('ui:order' in ui) && !sameJson(names, schemaOrder)) next['ui:order'] = names;
  return next;
}

/** A field's key renamed everywhere the form names it: property, required, UI entry and order. */
export function renameField(
  schema: JsonObject,
  ui: JsonObject,
  from: string,
  to: string,
): { schema: JsonObject; ui: JsonObject } {
  const rekey = (o: JsonObject) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k === from ? to : k, v]));
  const swap = (v: JsonValue | undefined) => strings(v).map((n) => (n === from ? to : n));
  const nextSchema: JsonObject = { ...schema, properties: rekey(obj(schema.properties)) };
  if ('required' in schema) nextSchema.required = swap(schema.required);
  const nextUi = rekey(ui);
  if ('ui:order' in ui) nextUi['ui:order'] = swap(ui['ui:order']);
  return { schema: nextSchema, ui: nextUi };
}

/** A key for a new field, unique in the form (the person names the field by its title). */
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
