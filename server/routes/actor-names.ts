import type { Store } from '../../runtime/store/store.js';

/**
 * Timeline events with the display name of who acted (`actorName`) and of their unit
 * (`actorUnit`), so people read 受理员（区企服办）, not `user_…`; `system` and ids no longer in the
 * directory get null.
 */
export async function withActorNames<T extends { actor: string }>(
  store: Store,
  events: T[],
): Promise<(T & { actorName: string | null; actorUnit: string | null })[]> {
  const ids = [...new Set(events.map((e) => e.actor).filter((a) => a !== 'system'))];
  const users = await Promise.all(ids.map((id) => store.directory.user(id)));
  const unitIds = [...new Set(users.flatMap((u) => (u?.orgUnitId ? [u.orgUnitId] : [])))];
  const units = await Promise.all(unitIds.map((id) => store.directory.orgUnit(id)));
  const unitNames = new Map(unitIds.map((id, i) => [id, units[i]?.name ?? null]));
  const names = new Map(
    ids.map((id, i) => {
      const u = users[i];
      return [
        id,
        { name: u?.displayName ?? null, unit: u?.orgUnitId ? (unitNames.get(u.orgUnitId) ?? null) : null },
      ];
    }),
  );
  return events.map((e) => ({
    ...e,
    actorName: names.get(e.actor)?.name ?? null,
    actorUnit: names.get(e.actor)?.unit ?? null,
  }));
}
