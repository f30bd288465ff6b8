/** Calendar months as `YYYY-MM` strings (the key of monthly indicators). */
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && monthPattern.test(value);
}

/** The month `delta` months after `month` (negative: before). */
export function shiftMonth(month: string, delta: number): string {
  const [year, mon] = parts(month);
  const index = year * 12 + (mon - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The instant the month begins in a jurisdiction's local time (`utcOffsetMinutes` east of UTC). */
export function monthStart(month: string, utcOffsetMinutes: number): Date {
  const [year, mon] = parts(month);
  return new Date(Date.UTC(year, mon - 1, 1) - utcOffsetMinutes * 60_000);
}

function parts(month: string): [number, number] {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  return [Number(match[1]), Number(match[2])];
}
