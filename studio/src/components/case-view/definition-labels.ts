import type { Definition, Label } from '../../api/types';

export interface DefinitionLabels {
  channel: (id: string | null) => Label | null;
  requestClass: (id: string | null) => Label | null;
  tier: (id: string | null) => Label | null;
  level: (id: string | null) => Label | null;
  dimension: (id: string) => Label | null;
  /** A unit (candidate group) of the mechanism: 公安部门 for `dept-public-security`. */
  group: (id: string | null) => Label | null;
}

function finder(items: { id: string; label: Label }[] | undefined) {
  return (id: string | null) => (id ? (items?.find((x) => x.id === id)?.label ?? null) : null);
}

/** Look-ups from the ids a case carries to the labels its jurisdiction defines. */
export function definitionLabels(definition: Definition | undefined): DefinitionLabels {
  const m = definition?.mechanism;
  return {
    channel: finder(m?.channels),
    requestClass: finder(m?.requestClasses),
    tier: finder(m?.tiers),
    level: finder(m?.evaluation.levels),
    dimension: (id) => finder(m?.evaluation.stars.dimensions)(id),
    group: finder(m?.groups),
  };
}
