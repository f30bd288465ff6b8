import type { OrgUnitRecord } from '../store/records.js';

/** 组织架构 levels, from the city down to a team; `area` is a town's 责任片区 (三定). */
export const orgUnitKinds = ['city', 'district', 'town', 'area', 'station', 'department', 'team'] as const;
export type OrgUnitKind = (typeof orgUnitKinds)[number];

export interface OrgUnitNode extends OrgUnitRecord {
  children: OrgUnitNode[];
}

/** The jurisdiction's units as a forest (roots: no parent, or a parent that is not in the list). */
export function orgUnitTree(units: OrgUnitRecord[]): OrgUnitNode[] {
  const nodes = new Map(units.map((u) => [u.id, { ...u, children: [] as OrgUnitNode[] }]));
  const roots: OrgUnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** True when making `parentId` the parent of `id` would close a loop. */
export function wouldCycle(units: OrgUnitRecord[], id: string, parentId: string | null): boolean {
  const parents = new Map(units.map((u) => [u.id, u.parentId]));
  for (let at = parentId, steps = 0; at && steps <= units.length; at = parents.get(at) ?? null, steps++)
    if (at === id) return true;
  return false;
}
