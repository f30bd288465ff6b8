import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { CompactObject } from './CompactObject';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);
const sourceRef = '#/definitions/ruleSource';
/** Fields shown first, in this order, where an object has them (a class: name, deadline, tier). */
const leading = ['label', 'workingDays', 'tier', 'group', 'limitWording'];

/**
 * The UI schema of one settings section: every rule source (来源) folded into a compact field that
 * shows 政策原文/平台默认值 as a tag and opens for editing, every object compact (标识 under 高级),
 * so a list of rules stays short.
 */
export function sectionUi(schema: RJSFSchema): UiSchema {
  const definitions = (schema.definitions ?? {}) as Record<string, Node>;
  const resolve = (n: Node): Node =>
    typeof n.$ref === 'string' && n.$ref !== sourceRef
      ? { ...(definitions[n.$ref.replace('#/definitions/', '')] ?? {}), ...n, $ref: undefined }
      : n;
  const uiOf = (raw: unknown, depth: number): Node => {
    if (!isNode(raw) || depth > 8) return {};
    if (raw.$ref === sourceRef) return { 'ui:field': 'ruleSource' };
    const n = resolve(raw);
    const ui: Node = isNode(n.properties) ? { 'ui:ObjectFieldTemplate': CompactObject } : {};
    const first = leading.filter((name) => isNode(n.properties) && name in n.properties);
    if (first.length > 1) ui['ui:order'] = [...first, '*'];
    if (isNode(n.properties))
      for (const [name, p] of Object.entries(n.properties)) {
        const own = uiOf(p, depth + 1);
        if (Object.keys(own).length) ui[name] = own;
      }
    if (isNode(n.items)) {
      const items = uiOf(n.items, depth + 1);
      if (Object.keys(items).length) ui.items = items;
    }
    // the chosen branch of an optional setting shares the property's UI schema
    for (const b of Array.isArray(n.anyOf) ? n.anyOf : []) Object.assign(ui, uiOf(b, depth + 1));
    return ui;
  };
  return uiOf(schema, 0) as UiSchema;
}

/** Column spans (of 24) by field type: short values three to a row, lists and objects full width. */
export const compactColumns = {
  string: 8,
  integer: 8,
  number: 8,
  boolean: 8,
  'integer,null': 8,
  object: 24,
  array: 24,
  textarea: 24,
  ruleSource: 24,
};
