import type { PropertySchema, UiField, UiSchema, Widget } from './form-types';

/** The UI hints of one field (an empty object when there are none). */
export function uiField(ui: UiSchema | undefined, name: string): UiField {
  const entry = ui?.[name];
  return entry && !Array.isArray(entry) ? entry : {};
}

/** Primary JSON type of a property (the first non-null one). */
export function typeOf(prop: PropertySchema): string {
  const t = prop.type;
  if (Array.isArray(t)) return t.find((x) => x !== 'null') ?? 'string';
  return t ?? 'string';
}

/** Which control renders a property: explicit `ui:widget`, else by type and enum. */
export function widgetOf(prop: PropertySchema, ui: UiField): Widget {
  const w = ui['ui:widget'];
  if (w === 'textarea' || w === 'radio' || w === 'select' || w === 'checkbox' || w === 'text') return w;
  if (prop.enum) return 'select';
  if (typeOf(prop) === 'boolean') return 'checkbox';
  return 'text';
}

/** Display labels of an enum, from `ui:enumNames`, schema `enumNames`, or the values themselves. */
export function enumLabels(prop: PropertySchema, ui: UiField): { value: unknown; label: string }[] {
  const values = prop.enum ?? (typeOf(prop) === 'boolean' ? [true, false] : []);
  const names = ui['ui:enumNames'] ?? prop.enumNames ?? [];
  return values.map((value, i) => ({ value, label: names[i] ?? String(value) }));
}
