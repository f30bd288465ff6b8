import { createHash } from 'node:crypto';
import type { ProcessResource } from './engine.js';

/**
 * Process namespaces: the processes of one published bundle deploy together under
 * `<jurisdiction>.<content hash>`, so a case starts its own version's process and a call activity
 * resolves within its bundle — never "the newest process with that id" someone else published.
 * Identical process sets share one namespace (a rollback reuses what was deployed for it).
 */
export function bundleNamespace(jurisdiction: string, processes: readonly ProcessResource[]): string {
  const hash = createHash('sha256');
  for (const p of [...processes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
    hash.update(`${p.name}\u0000${p.xml}\u0000`);
  return `${jurisdiction}.${hash.digest('hex').slice(0, 16)}`;
}

/** The engine-level id of a bundle's process: `<namespace>.<process id>` (unchanged without a namespace). */
export function namespacedId(namespace: string | undefined, processId: string): string {
  return namespace ? `${namespace}.${processId}` : processId;
}

/** The namespace of a deployed process, given its engine-level id and its id in the BPMN. */
export function namespaceOf(engineId: string, processId: string): string {
  return engineId.length > processId.length + 1 && engineId.endsWith(`.${processId}`)
    ? engineId.slice(0, engineId.length - processId.length - 1)
    : '';
}
