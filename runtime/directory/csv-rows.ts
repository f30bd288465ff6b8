import { InputError } from '../common/errors.js';
import { beyondLimit, type SheetLimits } from './sheet-limits.js';

/** Rows parsed between two turns of the event loop, so other requests are served meanwhile. */
const rowsPerTurn = 2_000;
const delimiter = /[,\r\n]/g;

/**
 * Parses CSV (RFC 4180: `,`, quoted cells with `""`, CRLF or LF) into rows of cell texts, checking
 * the row, column and cell limits as it goes: a hostile file stops at the first excess, not after
 * it was read whole. Cells are kept as written (no number or date conversion).
 */
export async function readCsvRows(text: string, limits: SheetLimits): Promise<string[][]> {
  const rows: string[][] = [];
  let row: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const [cell, end] = text[pos] === '"' ? quotedCell(text, pos, limits) : plainCell(text, pos);
    if (cell.length > limits.maxCellChars)
      throw beyondLimit(`row ${rows.length + 1}: a cell of more than ${limits.maxCellChars} characters`);
    row.push(cell);
    if (row.length > limits.maxColumns)
      throw beyondLimit(`row ${rows.length + 1}: more than ${limits.maxColumns} columns`);
    pos = end;
    const next = text[pos];
    pos += next === '\r' && text[pos + 1] === '\n' ? 2 : next === undefined ? 0 : 1;
    if (next === ',' && pos < text.length) continue;
    if (next === ',') row.push('');
    rows.push(row);
    row = [];
    if (rows.length > limits.maxRows + 1) throw beyondLimit(`more than ${limits.maxRows} rows`);
    if (rows.length % rowsPerTurn === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return rows;
}

function plainCell(text: string, pos: number): [string, number] {
  delimiter.lastIndex = pos;
  const end = delimiter.exec(text)?.index ?? text.length;
  return [text.slice(pos, end), end];
}

/** A quoted cell from its opening quote; text after the closing quote (lenient) is appended. */
function quotedCell(text: string, pos: number, limits: SheetLimits): [string, number] {
  let value = '';
  let p = pos + 1;
  for (;;) {
    const quote = text.indexOf('"', p);
    if (quote < 0)
      throw new InputError('not a readable csv file', [{ path: '/file', reason: 'a quote is never closed' }]);
    value += text.slice(p, quote);
    if (value.length > limits.maxCellChars) return [value, quote];
    if (text[quote + 1] !== '"') {
      const [rest, end] = plainCell(text, quote + 1);
      return [value + rest, end];
    }
    value += '"';
    p = quote + 2;
  }
}
