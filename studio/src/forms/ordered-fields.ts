import type { JsonSchema, UiSchema } from './form-types';

/** Field names in display order: `ui:order` first (with `*` for "the rest"), then schema order. */
export function orderedFields(schema: JsonSchema, ui: UiSchema = {}): string[] {
  const all = Object.keys(schema.properties ?? {});
  const order = (ui['ui:order'] ?? []).filter((name) => name === '*' || all.includes(name));
  const rest = all.filter((name) => !order.includes(name));
  const star = order.indexOf('*');
  if (star === -1) return [...order, ...rest];
  return [...order.slice(0, star), ...rest, ...order.slice(star + 1)];
}
