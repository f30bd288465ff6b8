import { ApiError } from './api-error';

export interface SplitErrors {
  /** Field name -> reason, for details whose path names a known field. */
  fields: Record<string, string>;
  /** What to show as a banner: the message plus details that matched no field. */
  banner: { message: string; details: string[] } | null;
}

/**
 * Splits a failed call's details into per-field messages and a banner. `fieldOf` maps an error
 * path such as `/data/answer` to a field name of the form on screen, or null.
 */
export function splitErrors(error: unknown, fieldOf: (path: string) => string | null): SplitErrors {
  if (!(error instanceof ApiError)) {
    return {
      fields: {},
      banner: { message: error instanceof Error ? error.message : String(error), details: [] },
    };
  }
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const d of error.details) {
    const field = fieldOf(d.path);
    if (field !== null && !(field in fields)) fields[field] = d.reason;
    else if (field === null) rest.push(d.path ? `${d.path}: ${d.reason}` : d.reason);
  }
  const matchedAll = Object.keys(fields).length > 0 && rest.length === 0;
  return { fields, banner: matchedAll ? null : { message: error.message, details: rest } };
}

/** `fieldOf` for paths under a prefix: `/data/answer` -> `answer` with prefix `/data`. */
export function underPrefix(prefix: string, known?: readonly string[]) {
  return (path: string): string | null => {
    if (!path.startsWith(`${prefix}/`)) return null;
    const name = path.slice(prefix.length + 1).split('/')[0] ?? '';
    if (!name || (known && !known.includes(name))) return null;
    return name;
  };
}
