/** This month as YYYY-MM in Beijing time (the jurisdictions' calendar). */
export function currentMonth(now = new Date()): string {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  return beijing.toISOString().slice(0, 7);
}

export const isMonth = (s: string | undefined): s is string => !!s && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
