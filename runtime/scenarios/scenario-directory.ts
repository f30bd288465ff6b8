import type { Mutation } from '../store/mutations.js';
import type { Store } from '../store/store.js';
import type { ScenarioActor } from './scenario.js';

/**
 * Staff actors with `pairedWith` become directory users paired with those enterprises (结对), so
 * pairing-aware workers see them exactly as they see imported staff.
 */
export async function seedPairedActors(
  store: Store,
  jurisdiction: string,
  actors: Record<string, ScenarioActor>,
): Promise<void> {
  const mutations: Mutation[] = Object.entries(actors).flatMap(([name, spec]): Mutation[] =>
    spec.pairedWith?.length
      ? [
          {
            kind: 'user.upsert',
            record: {
              id: name,
              jurisdiction,
              username: `${jurisdiction}-scenario-${name}`,
              displayName: name,
              roles: spec.roles,
              groups: spec.groups,
              orgUnitId: null,
              enterpriseId: null,
              passwordHash: null,
            },
          },
          ...spec.pairedWith.map((enterpriseId): Mutation => ({
            kind: 'pairing.upsert',
            record: { jurisdiction, staffId: name, enterpriseId },
          })),
        ]
      : [],
  );
  if (mutations.length > 0) await store.transact(mutations);
}
