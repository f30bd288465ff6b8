import type { RJSFSchema } from '@rjsf/utils';
import type { JsonObject, JsonValue } from '../../../api/definition-types';

/** Something a setting refers to by id, shown by its name. */
export interface Named {
  id: string;
  name: string;
}

/** What the mechanism's settings refer to: its tiers, groups and rating levels, the directory's units. */
export interface References {
  tiers: Named[];
  groups: Named[];
  levels: Named[];
  orgUnits: Named[];
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);
const idRef = '#/definitions/id';

const labelled = (v: JsonValue | undefined): Named[] =>
  (Array.isArray(v) ? v : []).flatMap((x) => {
    if (!isNode(x) || typeof x.id !== 'string') return [];
    const zh = isNode(x.label) && typeof x.label.zh === 'string' ? x.label.zh : x.id;
    return [{ id: x.id, name: zh }];
  });

/** The mechanism's own referable items (the directory's units come from the server). */
export function referencesOf(mechanism: JsonObject, orgUnits: Named[]): References {
  const evaluation = isNode(mechanism.evaluation) ? (mechanism.evaluation as JsonObject) : {};
  return {
    tiers: labelled(mechanism.tiers),
    groups: labelled(mechanism.groups),
    levels: labelled(evaluation.levels),
    orgUnits,
  };
}

/** Which list a property named so picks from, when its schema is a plain id. */
const listOf: Record<string, keyof References> = {
  tier: 'tiers',
  tiers: 'tiers',
  escalateToTier: 'tiers',
  group: 'groups',
  groups: 'groups',
  level: 'levels',
  orgUnit: 'orgUnits',
};

/** A choice of the list's items by name; the stored value stays the id. */
const pick = (items: Named[], base: Node): Node => ({
  ...(base.description ? { description: base.description } : {}),
  type: 'string',
  oneOf: items.map((i) => ({ const: i.id, title: i.name })),
});

const isId = (p: Node) => p.$ref === idRef || (p.type === 'string' && !p.oneOf && !p.enum);

function picked(p: Node, items: Named[]): Node {
  if (isId(p)) return pick(items, p);
  if (Array.isArray(p.anyOf))
    return { ...p, anyOf: p.anyOf.map((b: unknown) => (isNode(b) && b.$ref === idRef ? pick(items, b) : b)) };
  if (p.type === 'array' && isNode(p.items) && p.items.$ref === idRef)
    return { ...p, items: pick(items, p.items) };
  return p;
}

/**
 * The settings schema with every reference (a class's tier, a tier's group, the escalation tier, the
 * automatic rating level, a group's directory unit) as a picker showing names; a value that no longer
 * exists is flagged in place by live validation. A list that is empty leaves the field as it was.
 */
export function withPickers(schema: RJSFSchema, refs: References): RJSFSchema {
  const walk = (node: unknown, inObjectList: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, false));
    if (!isNode(node)) return node;
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) out[k] = walk(v, k === 'properties');
    // a choice of constants without a type (评价等级's 计为) is a plain select, not a schema switch
    if (
      !out.type &&
      Array.isArray(out.oneOf) &&
      out.oneOf.every((o) => isNode(o) && typeof o.const === 'string')
    )
      out.type = 'string';
    if (!inObjectList) return out;
    for (const [name, p] of Object.entries(out)) {
      const list = listOf[name] ? refs[listOf[name]] : [];
      if (isNode(p) && list.length > 0) out[name] = picked(p, list);
    }
    return out;
  };
  return walk(schema, false) as RJSFSchema;
}
