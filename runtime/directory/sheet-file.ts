import ExcelJS from 'exceljs';
import { InputError } from '../common/errors.js';
import { inertCell, restoredCell } from '../common/spreadsheet-cell.js';
import { readCsvRows } from './csv-rows.js';
import { beyondLimit, defaultSheetLimits, type SheetLimits } from './sheet-limits.js';
import { assertWorkbookWithinLimits } from './xlsx-archive.js';

export type SheetFormat = 'xlsx' | 'csv';

/** A table as read from or written to a file: a header row and rows of cell texts. */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

/**
 * Reads the first worksheet (xlsx) or the file (csv, UTF-8 with or without BOM) as cell texts,
 * within `limits` (rows, columns, cell length; for xlsx also the archive's unpacked size, checked
 * before exceljs unpacks it): a file beyond them is a 413 `import_too_large` naming the limit.
 */
export async function readSheet(
  file: Buffer,
  format: SheetFormat,
  limits: SheetLimits = defaultSheetLimits,
): Promise<Sheet> {
  const table =
    format === 'csv'
      ? await readCsvRows(stripBom(file.toString('utf8')), limits)
      : await readXlsx(file, limits);
  const [headers = [], ...rows] = table.map((cells) => cells.map(restoredCell));
  if (rows.length > limits.maxRows) throw beyondLimit(`more than ${limits.maxRows} rows`);
  return { headers: headers.map((h) => h.trim()), rows: rows.filter((r) => r.some((c) => c.trim())) };
}

async function readXlsx(file: Buffer, limits: SheetLimits): Promise<string[][]> {
  await assertWorkbookWithinLimits(file, limits);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch (cause) {
    throw new InputError('not a readable xlsx file', [
      { path: '/file', reason: String((cause as Error).message ?? cause) },
    ]);
  }
  const sheet = book.worksheets[0];
  const table: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    if (row.cellCount > limits.maxColumns)
      throw beyondLimit(`row ${row.number}: more than ${limits.maxColumns} columns`);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const text = cellText(row.getCell(c));
      if (text.length > limits.maxCellChars)
        throw beyondLimit(`row ${row.number}: a cell of more than ${limits.maxCellChars} characters`);
      cells.push(text);
    }
    table.push(cells);
  });
  return table;
}

/** Writes a table as xlsx (one sheet, bold header, frozen first row) or UTF-8 csv with a BOM (for Excel). */
export async function writeSheet(sheet: Sheet, format: SheetFormat, name = 'Sheet1'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(sheet.headers.map(inertCell)).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row.map(inertCell));
  ws.columns.forEach((col) => (col.width = 20));
  if (format === 'xlsx') return Buffer.from(await book.xlsx.writeBuffer());
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(await book.csv.writeBuffer())]);
}

export const contentTypes: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return cell.text ?? '';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
