import { stableId } from '../common/ids.js';
import type { Mutation } from '../store/mutations.js';
import type { Store } from '../store/store.js';
import type { ScenarioActor } from './scenario.js';

/**
 * Staff actors with `pairedWith` or `orgUnit` become directory users — paired with those
 * enterprises (结对), members of that org unit (承办单位) — so pairing-aware workers and the KPI
 * report see them exactly as they see imported staff.
 */
export async function seedActors(
  store: Store,
  jurisdiction: string,
  actors: Record<string, ScenarioActor>,
): Promise<void> {
  const unitId = (name: string) => stableId('ou', jurisdiction, '', name);
  const units = new Set(Object.values(actors).flatMap((a) => (a.orgUnit ? [a.orgUnit] : [])));
  const mutations: Mutation[] = [...units].map((name): Mutation => ({
    kind: 'orgUnit.upsert',
    record: { id: unitId(name), jurisdiction, parentId: null, name, kind: 'department' },
  }));
  for (const [name, spec] of Object.entries(actors)) {
    if (!spec.pairedWith?.length && !spec.orgUnit) continue;
    mutations.push({
      kind: 'user.upsert',
      record: {
        id: name,
        jurisdiction,
        username: `${jurisdiction}-scenario-${name}`,
        displayName: name,
        roles: spec.roles,
        groups: spec.groups,
        orgUnitId: spec.orgUnit ? unitId(spec.orgUnit) : null,
        enterpriseId: null,
        passwordHash: null,
        disabledAt: null,
        mustChangePassword: false,
        passwordChangedAt: null,
      },
    });
    for (const enterpriseId of spec.pairedWith ?? [])
      mutations.push({ kind: 'pairing.upsert', record: { jurisdiction, staffId: name, enterpriseId } });
  }
  if (mutations.length > 0) await store.transact(mutations);
}
