/**
 * 案件编号: `<prefix>-<year>-<sequence>`, e.g. `JXKF-2026-000123`. The sequence counts per
 * jurisdiction and (local) year from 1, in every adapter by a counter row moved in the transaction
 * that files the case (mutation `case.number`), so a number is never reused and concurrent
 * submissions get consecutive numbers without gaps.
 */
export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * A typed search text as a case-number prefix: trimmed and upper-cased (`jxkf-2026-0001` finds
 * JXKF-2026-000100 … 000199). Returns null for text that cannot start a case number.
 */
export function caseNumberSearch(text: string): string | null {
  const prefix = text.trim().toUpperCase();
  return /^[A-Z0-9][A-Z0-9-]{0,30}$/.test(prefix) ? prefix : null;
}

/** The exclusive upper bound of a prefix search over case numbers (binary collation). */
export function caseNumberSearchEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
