/**
 * Formula injection (CSV injection, OWASP): a cell a spreadsheet would read as a formula — text
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return — is written with a leading single
 * quote, so Excel and WPS show it as text. Every sheet the platform writes (exports, import error
 * reports, KPI workbooks) passes its text cells through `inertCell`; imports undo it with
 * `restoredCell`, so an export re-imports unchanged.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function inertCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function restoredCell(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}
