import type { Store } from '../../runtime/store/store.js';

interface PersonInWords {
  name: string | null;
  unit: string | null;
}

/** Each user id's display name and unit name (null for `system` and ids no longer in the directory). */
async function peopleInWords(store: Store, userIds: readonly string[]): Promise<Map<string, PersonInWords>> {
  const ids = [...new Set(userIds.filter((a) => a !== 'system'))];
  const users = await Promise.all(ids.map((id) => store.directory.user(id)));
  const unitIds = [...new Set(users.flatMap((u) => (u?.orgUnitId ? [u.orgUnitId] : [])))];
  const units = await Promise.all(unitIds.map((id) => store.directory.orgUnit(id)));
  const unitNames = new Map(unitIds.map((id, i) => [id, units[i]?.name ?? null]));
  return new Map(
    ids.map((id, i) => {
      const u = users[i];
      const unit = u?.orgUnitId ? (unitNames.get(u.orgUnitId) ?? null) : null;
      return [id, { name: u?.displayName ?? null, unit }];
    }),
  );
}

/**
 * Timeline events with the display name of who acted (`actorName`) and of their unit
 * (`actorUnit`), so people read 受理员（区企服办）, not `user_…`.
 */
export async function withActorNames<T extends { actor: string }>(
  store: Store,
  events: T[],
): Promise<(T & { actorName: string | null; actorUnit: string | null })[]> {
  const people = await peopleInWords(
    store,
    events.map((e) => e.actor),
  );
  return events.map((e) => ({
    ...e,
    actorName: people.get(e.actor)?.name ?? null,
    actorUnit: people.get(e.actor)?.unit ?? null,
  }));
}

/** Tasks with their assignee's display name (`assigneeName`), null when unassigned or unknown. */
export async function withAssigneeNames<T extends { assignee: string | null }>(
  store: Store,
  tasks: T[],
): Promise<(T & { assigneeName: string | null })[]> {
  const people = await peopleInWords(
    store,
    tasks.flatMap((t) => (t.assignee ? [t.assignee] : [])),
  );
  return tasks.map((t) => ({
    ...t,
    assigneeName: t.assignee ? (people.get(t.assignee)?.name ?? null) : null,
  }));
}
