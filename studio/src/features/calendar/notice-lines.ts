import type { CalendarWarning } from '../../api/calendar-types';
import { ApiError } from '../../api/api-error';

/**
 * The 1-based line (of the notice text, or spreadsheet row of an imported file) a problem's path
 * points at: `/notice/lines/2`, `/file/rows/3` — or null when it is about no single line.
 */
export function lineOf(path: string): number | null {
  const m = /\/(?:lines|rows)\/(\d+)/.exec(path);
  return m ? Number(m[1]) : null;
}

/** The 1-based event of an imported .ics file a problem's path points at (`/file/events/4`). */
export function eventOf(path: string): number | null {
  const m = /\/events\/(\d+)/.exec(path);
  return m ? Number(m[1]) : null;
}

export interface LocatedProblem {
  line: number | null;
  event: number | null;
  /** The notice line itself, when the problem came from the text. */
  text: string | null;
  reason: string;
}

/** Problems with the line they are on, in line order (problems without a line last). */
export function locate(problems: CalendarWarning[], lines: string[]): LocatedProblem[] {
  return problems
    .map((p) => {
      const line = lineOf(p.path);
      const text = line !== null ? (lines[line - 1]?.trim() ?? null) : null;
      return { line, event: eventOf(p.path), text: text || null, reason: p.reason };
    })
    .sort((a, b) => (a.line ?? a.event ?? Infinity) - (b.line ?? b.event ?? Infinity));
}

/** The details of a refused preview/import/save (400), or null for any other failure. */
export function refusedDetails(error: unknown): CalendarWarning[] | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  return error.details.length > 0 ? error.details : [{ path: '', reason: error.message }];
}
