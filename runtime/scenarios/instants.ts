/** Instants in scenario files carry an offset; compare them as instants, show them in local time. */

export function sameInstant(expected: string | null, actual: string | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  return new Date(expected).getTime() === new Date(actual).getTime();
}

/** `2026-03-16T16:00:00.000Z` at +480 -> `2026-03-17T00:00:00+08:00`. */
export function localInstant(iso: string | null, utcOffsetMinutes: number): string | null {
  if (iso === null) return null;
  const shifted = new Date(new Date(iso).getTime() + utcOffsetMinutes * 60_000).toISOString();
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${shifted.slice(0, 19)}${offset}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
