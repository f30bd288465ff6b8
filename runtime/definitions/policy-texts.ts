/**
 * The policy texts (`shared/policies/<file>`), beside the repository as in CI; `POLICIES_DIR`
 * points elsewhere. A missing text is reported by the caller, never skipped silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function policiesDir(): string {
  return resolve(process.env.POLICIES_DIR ?? join('..', 'shared', 'policies'));
}

/** The text of `file`, or null when it is not there. */
export function readPolicyText(file: string, dir = policiesDir()): string | null {
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
