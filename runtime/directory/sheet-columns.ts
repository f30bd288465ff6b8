import { InputError, type ErrorDetail } from '../common/errors.js';
import { formFormats } from '../forms/form-formats.js';

/** One column of an import sheet: record field, the header offices print, accepted aliases. */
export type SheetColumn<F extends string> = readonly [field: F, header: string, aliases: readonly string[]];

/** Where each column sits in the header row (-1 when absent); required columns must be present. */
export function columnIndex<F extends string>(
  headers: readonly string[],
  columns: readonly SheetColumn<F>[],
  required: readonly F[],
): Record<F, number> {
  const index = {} as Record<F, number>;
  const missing: ErrorDetail[] = [];
  for (const [field, header, aliases] of columns) {
    const at = headers.findIndex((h) => h === header || aliases.includes(h));
    if (at < 0 && required.includes(field))
      missing.push({ path: '/file/header', reason: `column ${header} is required` });
    index[field] = at;
  }
  if (missing.length) throw new InputError('the header row lacks required columns', missing, 'invalid_file');
  return index;
}

/** The cells of one row by field (trimmed; '' for absent columns). */
export function rowFields<F extends string>(
  cells: readonly string[],
  index: Record<F, number>,
): Record<F, string> {
  const out = {} as Record<F, string>;
  for (const field of Object.keys(index) as F[]) out[field] = (cells[index[field]] ?? '').trim();
  return out;
}

/** Each data row's fields (as `rowFields` reads them) with its row number in the file (the header is row 1). */
export function numberedRows<F extends string>(
  rows: readonly (readonly string[])[],
  index: Record<F, number>,
): { row: number; f: Record<F, string> }[] {
  return rows.map((cells, i) => ({ row: i + 2, f: rowFields(cells, index) }));
}

/** 联系方式: a mainland mobile number, or a landline with its area code (0xx-xxxxxxx). */
export function phoneProblem(phone: string): string | null {
  if (formFormats['mobile-cn'].test(phone) || /^0\d{2,3}-?\d{7,8}$/.test(phone)) return null;
  return 'a mobile number (11 digits) or a landline with area code';
}
