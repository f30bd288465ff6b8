import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { InputError } from '../common/errors.js';

export type SheetFormat = 'xlsx' | 'csv';

/** A table as read from or written to a file: a header row and rows of cell texts. */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

/** Reads the first worksheet (xlsx) or the file (csv, UTF-8 with or without BOM) as cell texts. */
export async function readSheet(file: Buffer, format: SheetFormat): Promise<Sheet> {
  const book = new ExcelJS.Workbook();
  try {
    if (format === 'xlsx') await book.xlsx.load(file as unknown as ArrayBuffer);
    else await book.csv.read(Readable.from([stripBom(file.toString('utf8'))]));
  } catch (cause) {
    throw new InputError(`not a readable ${format} file`, [
      { path: '/file', reason: String((cause as Error).message ?? cause) },
    ]);
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    table.push(cells);
  });
  const [headers = [], ...rows] = table;
  return { headers: headers.map((h) => h.trim()), rows: rows.filter((r) => r.some((c) => c.trim())) };
}

/** Writes a table as xlsx (one sheet, bold header, frozen first row) or UTF-8 csv with a BOM (for Excel). */
export async function writeSheet(sheet: Sheet, format: SheetFormat, name = 'Sheet1'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(sheet.headers).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row);
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
