import type { ErrorSchema } from '@rjsf/utils';

/**
 * Server findings (`/requestClasses/1/workingDays`) as rjsf `extraErrors` for one section's form,
 * so each shows under its field.
 */
export function sectionErrors(section: string, problems: { pointer: string; reason: string }[]): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const { pointer, reason } of problems) {
    const [first, ...rest] = pointer.split('/').slice(1);
    if (first !== section) continue;
    let node = root;
    for (const seg of rest) node = (node[seg] ??= {}) as Record<string, unknown>;
    ((node.__errors ??= []) as string[]).push(reason);
  }
  return root as ErrorSchema;
}
