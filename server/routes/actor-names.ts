import type { Store } from '../../runtime/store/store.js';

/**
 * Timeline events with the display name of who acted (`actorName`), so people read 受理员, not
 * `user_…`; `system` and ids no longer in the directory get null.
 */
export async function withActorNames<T extends { actor: string }>(
  store: Store,
  events: T[],
): Promise<(T & { actorName: string | null })[]> {
  const ids = [...new Set(events.map((e) => e.actor).filter((a) => a !== 'system'))];
  const users = await Promise.all(ids.map((id) => store.directory.user(id)));
  const names = new Map(ids.map((id, i) => [id, users[i]?.displayName ?? null]));
  return events.map((e) => ({ ...e, actorName: names.get(e.actor) ?? null }));
}
