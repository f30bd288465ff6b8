import type { Store } from '../../runtime/store/store.js';

/** Display names of users by id; `system` and ids no longer in the directory get none. */
async function namesOf(store: Store, ids: (string | null)[]): Promise<Map<string, string | null>> {
  const unique = [...new Set(ids.filter((a): a is string => a !== null && a !== 'system'))];
  const users = await Promise.all(unique.map((id) => store.directory.user(id)));
  return new Map(unique.map((id, i) => [id, users[i]?.displayName ?? null]));
}

/**
 * Timeline events with the display name of who acted (`actorName`), so people read 受理员, not
 * `user_…`; `system` and ids no longer in the directory get null.
 */
export async function withActorNames<T extends { actor: string }>(
  store: Store,
  events: T[],
): Promise<(T & { actorName: string | null })[]> {
  const names = await namesOf(
    store,
    events.map((e) => e.actor),
  );
  return events.map((e) => ({ ...e, actorName: names.get(e.actor) ?? null }));
}

/** Tasks with their assignee's display name (`assigneeName`), never the id on a screen. */
export async function withAssigneeNames<T extends { assignee: string | null }>(
  store: Store,
  tasks: T[],
): Promise<(T & { assigneeName: string | null })[]> {
  const names = await namesOf(
    store,
    tasks.map((t) => t.assignee),
  );
  return tasks.map((t) => ({ ...t, assigneeName: t.assignee ? (names.get(t.assignee) ?? null) : null }));
}
