import type { ErrorDetail } from '../common/errors.js';
import type { RawDefinitionBundle } from './definition-bundle.js';

/** Shared processes (`definitions/_shared/processes`) enter a bundle as `shared.<name>`. */
export const sharedProcessPrefix = 'shared.';
/** Shared building blocks' BPMN process ids start so (`shared-reminder-loop` …). */
const sharedIdPrefix = 'shared-';

const processIds = (xml: string): string[] =>
  [...xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?process\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1] ?? '');

/**
 * The shared building blocks (共享构件) a bundle carries are the platform administrator's: a
 * jurisdiction's draft carries those of its current version unchanged — none edited, added or
 * shadowed by a process of its own with a shared id (leaving out an unused one is its own business;
 * validation refuses a call to a missing process). Each version pins its copy.
 * Returns one detail per violation (empty: the draft leaves them alone).
 */
export function sharedBlockChanges(
  draft: Pick<RawDefinitionBundle, 'processes'>,
  current: Pick<RawDefinitionBundle, 'processes'> | null,
): ErrorDetail[] {
  const pinned = new Map(
    (current?.processes ?? [])
      .filter((p) => p.name.startsWith(sharedProcessPrefix))
      .map((p) => [p.name, p.xml]),
  );
  const pinnedIds = new Set([...pinned.values()].flatMap(processIds));
  const problems: ErrorDetail[] = [];
  draft.processes.forEach((p, i) => {
    const path = `/processes/${i}`;
    if (p.name.startsWith(sharedProcessPrefix)) {
      if (pinned.get(p.name) !== p.xml)
        problems.push({
          path,
          reason: `shared building block ${p.name} is edited by the platform administrator only`,
        });
      return;
    }
    for (const id of processIds(p.xml).filter((id) => pinnedIds.has(id) || id.startsWith(sharedIdPrefix)))
      problems.push({ path, reason: `process id ${id} belongs to the shared building blocks` });
  });
  return problems;
}
